import heapq
from collections import Counter


def shortest_shift(jobs, cooldown):
    # round by round: each round runs up to cooldown + 1 different types, most jobs left first
    heap = [-count for count in Counter(jobs).values()]
    heapq.heapify(heap)
    minutes = 0
    while heap:
        taken = []
        for _ in range(min(cooldown + 1, len(heap))):
            taken.append(heapq.heappop(heap) + 1)
        for count in taken:
            if count < 0:
                heapq.heappush(heap, count)
        minutes += len(taken) if not heap else cooldown + 1
    return minutes
