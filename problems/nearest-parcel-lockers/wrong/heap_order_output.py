# verdict: Wrong Answer
# Picks the right k lockers but returns them in the heap's internal order, not nearest first.
import heapq


def nearest_lockers(lockers, home, k):
    hx, hy = home
    kept = []
    for i, (x, y) in enumerate(lockers):
        heapq.heappush(kept, (-((x - hx) ** 2 + (y - hy) ** 2), -i))
        if len(kept) > k:
            heapq.heappop(kept)
    return [-i for _, i in kept]
