import random


def _select(values: list[int], rank: int, rng: random.Random) -> int:
    while True:
        pivot = rng.choice(values)
        lower = [x for x in values if x < pivot]
        equal = values.count(pivot)
        if rank < len(lower):
            values = lower
        elif rank < len(lower) + equal:
            return pivot
        else:
            rank -= len(lower) + equal
            values = [x for x in values if x > pivot]


def sawtooth_skyline(heights: list[int]) -> list[int]:
    n = len(heights)
    if n < 2:
        return list(heights)
    median = _select(list(heights), (n - 1) // 2, random.Random(7))
    result = [median] * n
    odd = 1                      # larger heights: odd slots from the left
    even = (n - 1) // 2 * 2      # smaller heights: even slots from the right
    for value in heights:
        if value > median:
            result[odd] = value
            odd += 2
        elif value < median:
            result[even] = value
            even -= 2
    return result
