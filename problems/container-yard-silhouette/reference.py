import heapq


def yard_silhouette(stacks):
    """Sweep the positions where a stack begins or ends, left to right. A max-heap holds
    the stacks begun so far as (-height, right); stacks that have ended are dropped only
    when they reach the top (a lower one that ended does not matter until then)."""
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
        height = -heap[0][0] if heap else 0
        if not points or points[-1][1] != height:
            points.append([x, height])
    return points
