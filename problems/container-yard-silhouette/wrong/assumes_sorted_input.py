# verdict: Wrong Answer
# The heap sweep, but it takes the stacks in the order given, as if they were sorted by
# their left edge.
import heapq


def yard_silhouette(stacks):
    edges = sorted({x for left, right, _ in stacks for x in (left, right)})
    heap, points, started = [], [], 0
    for x in edges:
        while started < len(stacks) and stacks[started][0] <= x:
            left, right, height = stacks[started]
            heapq.heappush(heap, (-height, right))
            started += 1
        while heap and heap[0][1] <= x:
            heapq.heappop(heap)
        height = -heap[0][0] if heap else 0
        if not points or points[-1][1] != height:
            points.append([x, height])
    return points
