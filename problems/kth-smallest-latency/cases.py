import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([40, 12, 33, 12, 50], 3), expected=33, note="sorted: 12, 12, 33, 40, 50"),
    Case(([7, -2, 7, 7], 4), expected=7, note="k = n gives the maximum"),
    Case(([5], 1), expected=5),
]

N = 200_000
_rng = random.Random(8080)
_random = [_rng.randint(-10**9, 10**9) for _ in range(N)]

HIDDEN = [
    Case(([0], 1), note="a single value"),
    Case(([3, 3, 3, 3], 2), note="all duplicates"),
    Case(([-5, -9, -1], 1), note="negatives, the minimum"),
    Case(([10**9, -10**9, 0], 3), note="extremes, the maximum"),
    Case(([2, 1], 2), note="two values"),
    Case(([1, 2, 2, 2, 3], 4), note="k inside a run of equal values"),
    Case((list(range(N)), N // 2), note="largest, already sorted, the median"),
    Case((list(range(N, 0, -1)), N // 2 + 1), note="largest, reverse sorted"),
    Case((_random, N // 3), note="largest, random"),
    Case(([_rng.randint(0, 3) for _ in range(N)], N - 7), note="largest, four distinct values"),
    Case(([42] * N, N // 2), note="largest, one value"),
    # falling then rising: n-1, n-3, ..., 3, 1, 0, 2, ..., n-2. The middle element of this
    # list, and of what stays after each split, is always the smallest, so a pivot taken
    # from the middle position peels off one value per round: O(n^2)
    Case(([v * 5_000 - 10**9 for v in [*range(N - 1, 0, -2), *range(0, N, 2)]], N),
         note="largest, falling then rising, the maximum"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    top = rng.choice([5, 1000, 10**9])
    return [rng.randint(-top, top) for _ in range(n)], rng.randint(1, n)


@st.composite
def _small(draw):
    values = draw(st.lists(st.integers(-10, 10), min_size=1, max_size=15))
    return values, draw(st.integers(1, len(values)))


def arguments():
    return _small()


def invariant(args, result):
    values, k = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    below = sum(1 for v in values if v < result)
    equal = sum(1 for v in values if v == result)
    if not below < k <= below + equal:
        return f"{result} is not the {k}-th smallest: {below} values are smaller, {equal} equal"
    return None


def scale(rng, n):
    """Sorted input of size n with k in the middle: a fixed pivot is quadratic here."""
    return list(range(n)), n // 2 + 1
