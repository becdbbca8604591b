# verdict: Wrong Answer
# The event sweep with starts before ends, but starts at the same x taken shortest first:
# two stacks beginning together give two points at that x.
import heapq
from collections import Counter


def yard_silhouette(stacks):
    events = sorted([(left, 0, height) for left, _, height in stacks]
                    + [(right, 1, height) for _, right, height in stacks])
    heap, gone, points, current = [0], Counter(), [], 0
    for x, is_end, height in events:
        if is_end:
            gone[height] += 1
        else:
            heapq.heappush(heap, -height)
        while gone[-heap[0]]:
            gone[-heap[0]] -= 1
            heapq.heappop(heap)
        if -heap[0] != current:
            current = -heap[0]
            points.append([x, current])
    return points
