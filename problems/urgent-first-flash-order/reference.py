import heapq


def flash_order(n: int, deps: list[list[int]]) -> list[int]:
    # Build the order from the back: the device flashed last must have nothing waiting on it,
    # and of those candidates the largest number should take the last slot, which leaves the
    # earlier slots to the smaller numbers.
    feeders: list[list[int]] = [[] for _ in range(n)]
    waiting_on = [0] * n
    for a, b in deps:
        feeders[b].append(a)
        waiting_on[a] += 1
    free = [-d for d in range(n) if waiting_on[d] == 0]
    heapq.heapify(free)
    backwards = []
    while free:
        device = -heapq.heappop(free)
        backwards.append(device)
        for f in feeders[device]:
            waiting_on[f] -= 1
            if waiting_on[f] == 0:
                heapq.heappush(free, -f)
    if len(backwards) < n:
        return []
    return backwards[::-1]
