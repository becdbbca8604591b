import random


def sawtooth_skyline(heights: list[int]) -> list[int]:
    n = len(heights)
    if n < 2:
        return list(heights)
    # Quickselect with a three-way split: the value m at sorted position (n - 1) // 2.
    rng = random.Random(n)
    pool = heights
    rank = (n - 1) // 2
    while True:
        pivot = pool[rng.randrange(len(pool))]
        lower = [x for x in pool if x < pivot]
        if rank < len(lower):
            pool = lower
            continue
        equal = sum(1 for x in pool if x == pivot)
        if rank < len(lower) + equal:
            median = pivot
            break
        rank -= len(lower) + equal
        pool = [x for x in pool if x > pivot]
    # Three-way partition over the virtual order 1, 3, 5, ..., 0, 2, 4, ...: values above the
    # median take the odd slots from the left, values below take the even slots from the
    # right, and the median's copies fill what is left.
    result = list(heights)
    span = n | 1

    def slot(i: int) -> int:
        return (1 + 2 * i) % span

    low, mid, high = 0, 0, n - 1
    while mid <= high:
        value = result[slot(mid)]
        if value > median:
            result[slot(low)], result[slot(mid)] = result[slot(mid)], result[slot(low)]
            low += 1
            mid += 1
        elif value < median:
            result[slot(mid)], result[slot(high)] = result[slot(high)], result[slot(mid)]
            high -= 1
        else:
            mid += 1
    return result
