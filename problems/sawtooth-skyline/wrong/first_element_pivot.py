# verdict: Time Limit Exceeded
# The right placement, but quickselect always pivots on the first element: on sorted heights
# every round removes one value, so finding the median costs O(n^2).
def sawtooth_skyline(heights: list[int]) -> list[int]:
    n = len(heights)
    if n < 2:
        return list(heights)
    pool = heights
    rank = (n - 1) // 2
    while True:
        pivot = pool[0]
        lower = [x for x in pool if x < pivot]
        equal = [x for x in pool if x == pivot]
        if rank < len(lower):
            pool = lower
        elif rank < len(lower) + len(equal):
            median = pivot
            break
        else:
            rank -= len(lower) + len(equal)
            pool = [x for x in pool if x > pivot]
    above = [x for x in heights if x > median]
    below = [x for x in heights if x < median]
    result = [median] * n
    result[1:2 * len(above):2] = above
    last_even = (n - 1) // 2 * 2
    for k, value in enumerate(below):
        result[last_even - 2 * k] = value
    return result
