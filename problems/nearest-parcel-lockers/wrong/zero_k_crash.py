# verdict: Runtime Error
# Compares each locker with the root of the kept heap once it is full, forgetting that with
# k = 0 the heap is full, and empty, from the start.
import heapq


def nearest_lockers(lockers, home, k):
    hx, hy = home
    kept = []
    for i, (x, y) in enumerate(lockers):
        entry = (-((x - hx) ** 2 + (y - hy) ** 2), -i)
        if len(kept) < k:
            heapq.heappush(kept, entry)
        elif entry > kept[0]:
            heapq.heapreplace(kept, entry)
    return [-i for _, i in sorted(kept, reverse=True)]
