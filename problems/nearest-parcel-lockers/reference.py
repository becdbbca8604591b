import heapq


def nearest_lockers(lockers: list[list[int]], home: list[int], k: int) -> list[int]:
    if k <= 0:
        return []
    hx, hy = home
    # a min-heap of (-squared distance, -index): its root is the worst locker kept so far,
    # the farthest one and, among equally far ones, the one with the largest index
    kept: list[tuple[int, int]] = []
    for i, (x, y) in enumerate(lockers):
        entry = (-((x - hx) ** 2 + (y - hy) ** 2), -i)
        if len(kept) < k:
            heapq.heappush(kept, entry)
        elif entry > kept[0]:
            heapq.heapreplace(kept, entry)
    return [-i for _, i in sorted(kept, reverse=True)]
