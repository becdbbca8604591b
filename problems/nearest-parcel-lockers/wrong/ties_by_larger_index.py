# verdict: Wrong Answer
# Keeps the k best in a heap of (-distance, index) without negating the index: among
# equally far lockers the root is the smallest index, so the smaller indices are evicted.
import heapq


def nearest_lockers(lockers, home, k):
    hx, hy = home
    kept = []
    for i, (x, y) in enumerate(lockers):
        heapq.heappush(kept, (-((x - hx) ** 2 + (y - hy) ** 2), i))
        if len(kept) > k:
            heapq.heappop(kept)
    return [i for _, i in sorted(kept, key=lambda e: (-e[0], e[1]))]
