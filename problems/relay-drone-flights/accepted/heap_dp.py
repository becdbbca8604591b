import heapq


def fewest_flights(ranges):
    # best[j] = 1 + the fewest flights of any mast that reaches j; a heap keeps the candidates
    n = len(ranges)
    best = [0] * n
    heap = [(0, ranges[0])]  # (flights to a mast, farthest mast it reaches)
    for j in range(1, n):
        while heap and heap[0][1] < j:
            heapq.heappop(heap)
        if not heap:
            return -1
        best[j] = heap[0][0] + 1
        heapq.heappush(heap, (best[j], j + ranges[j]))
    return best[n - 1]
