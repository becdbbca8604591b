# verdict: Wrong Answer
# Treats a stack as still standing at its right edge (drops it from the heap only once the
# sweep is past it), so a drop at a right edge is reported late or not at all.
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
        while heap and heap[0][1] < x:
            heapq.heappop(heap)
        height = -heap[0][0] if heap else 0
        if not points or points[-1][1] != height:
            points.append([x, height])
    if points and points[-1][1]:
        points.append([max(right for _, right, _ in stacks), 0])
    return points
