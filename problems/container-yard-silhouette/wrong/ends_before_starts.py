# verdict: Wrong Answer
# Handles the begin/end events one at a time and emits a point whenever the height changes,
# but sorts a position's ends before its starts: where one stack ends and a stack of the
# same height begins, it drops to the ground and rises again at the same x.
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
            points.append([x, current])
    return points
