import heapq


def merge_event_logs(logs: list[list[list[int]]]) -> list[list[int]]:
    # the heap holds the head of each non-empty log as (timestamp, log index, position):
    # equal timestamps pop in log order, and a log's next record only enters after its
    # previous one left, so records of one log keep their order
    heap = [(log[0][0], index, 0) for index, log in enumerate(logs) if log]
    heapq.heapify(heap)
    merged = []
    while heap:
        timestamp, index, position = heap[0]
        log = logs[index]
        merged.append([timestamp, log[position][1]])
        position += 1
        if position < len(log):
            heapq.heapreplace(heap, (log[position][0], index, position))
        else:
            heapq.heappop(heap)
    return merged
