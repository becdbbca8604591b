import heapq


def best_trail_comfort(marks, comfort, min_day, max_day):
    n = len(marks)
    best = [None] * n
    best[0] = comfort[0]
    heap = []  # (-score, mark) of reachable hostels at least min_day behind
    admitted = 0
    for i in range(1, n):
        while marks[i] - marks[admitted] >= min_day:
            if best[admitted] is not None:
                heapq.heappush(heap, (-best[admitted], marks[admitted]))
            admitted += 1
        while heap and marks[i] - heap[0][1] > max_day:
            heapq.heappop(heap)  # out of range for i, and for every later hostel too
        if heap:
            best[i] = comfort[i] - heap[0][0]
    return best[-1]
