# verdict: Wrong Answer
# Breaks timestamp ties in favour of the later log.
import heapq


def merge_event_logs(logs):
    heap = [(log[0][0], -index, 0) for index, log in enumerate(logs) if log]
    heapq.heapify(heap)
    merged = []
    while heap:
        timestamp, negative, position = heapq.heappop(heap)
        log = logs[-negative]
        merged.append([timestamp, log[position][1]])
        if position + 1 < len(log):
            heapq.heappush(heap, (log[position + 1][0], negative, position + 1))
    return merged
