# verdict: Wrong Answer
# Emits a point at every position where some stack begins or ends, even where the
# silhouette keeps its height (a hidden stack, stacks of equal height that touch): two
# consecutive points then have the same height.
import heapq


def yard_silhouette(stacks):
    by_left = sorted(stacks)
    edges = sorted({x for left, right, _ in stacks for x in (left, right)})
    heap, points, started = [], [], 0
    for x in edges:
        while started < len(by_left) and by_left[started][0] == x:
            left, right, height = by_left[started]
            heapq.heappush(heap, (-height, right))
            started += 1
        while heap and heap[0][1] <= x:
            heapq.heappop(heap)
        points.append([x, -heap[0][0] if heap else 0])
    return points
