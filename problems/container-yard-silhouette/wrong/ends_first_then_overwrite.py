# verdict: Wrong Answer
# Like the event sweep with ends sorted first, but when a second change comes at the same x
# it overwrites that x's point: stacks of equal height that touch leave a point with the
# same height as the one before it.
import heapq
from collections import Counter


def yard_silhouette(stacks):
    events = sorted([(left, 1, height) for left, _, height in stacks]
                    + [(right, 0, height) for _, right, height in stacks])
    heap, gone, points, current = [0], Counter(), [], 0
    for x, is_start, height in events:
        if is_start:
            heapq.heappush(heap, -height)
        else:
            gone[height] += 1
        while gone[-heap[0]]:
            gone[-heap[0]] -= 1
            heapq.heappop(heap)
        if -heap[0] != current:
            current = -heap[0]
            if points and points[-1][0] == x:
                points[-1][1] = current
            else:
                points.append([x, current])
    return points
