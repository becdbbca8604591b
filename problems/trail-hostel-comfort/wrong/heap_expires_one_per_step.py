# verdict: Wrong Answer
# A max-heap without lazy deletion: it drops at most one out-of-range hostel per step, so
# when several leave the day's range together the top can be a stale, unreachable best.
import heapq


def best_trail_comfort(marks: list[int], comfort: list[int], min_day: int, max_day: int) -> int | None:
    best = [None] * len(marks)
    best[0] = comfort[0]
    heap = []
    admitted = 0
    for i in range(1, len(marks)):
        while marks[i] - marks[admitted] >= min_day:
            if best[admitted] is not None:
                heapq.heappush(heap, (-best[admitted], admitted))
            admitted += 1
        if heap and marks[i] - marks[heap[0][1]] > max_day:
            heapq.heappop(heap)
        if heap:
            best[i] = -heap[0][0] + comfort[i]
    return best[-1]
