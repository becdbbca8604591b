import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4, 2, 12, 3, 1, 5], 3), expected=[12, 12, 12, 5]),
    Case(([6, 1, 1, 0], 2), expected=[6, 1, 1], note="ties"),
    Case(([3, 9], 5), expected=[], note="window wider than the data"),
]

_rng = random.Random(8212)
LIMIT = 200_000

HIDDEN = [
    Case(([], 1), note="no samples"),
    Case(([7], 1), note="single sample"),
    Case(([7, -3, 5], 1), note="width 1 returns the loads"),
    Case(([7, -3, 5], 3), note="one window covering everything"),
    Case(([2, 2, 2, 2, 2], 2), note="all equal"),
    Case(([5, 1, 5, 1, 5, 1], 3), note="duplicate peaks leaving the window"),
    Case(([-4, -8, -1, -9, -2], 2), note="negatives"),
    Case(([10**9, -10**9, 10**9, -10**9], 3), note="extremes"),
    Case(([1, 2, 3, 4, 5, 6], 3), note="rising"),
    Case(([6, 5, 4, 3, 2, 1], 3), note="falling: each peak expires"),
    Case(([5, 9, 8, 1, 1], 1), note="two expired peaks above the current one"),
    Case(([9, 8, 7, 6, 1, 2, 1, 2], 2), note="a falling run expires several peaks in a row"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(3000)], 3), note="random, narrow window"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)], LIMIT // 2),
         note="largest, random, wide window"),
    Case((list(range(LIMIT, 0, -1)), LIMIT // 2), note="largest, falling, wide window"),
    Case(([_rng.randint(0, 5) for _ in range(LIMIT)], 1000), note="largest, many ties"),
    Case(([1] * LIMIT, LIMIT), note="largest, one window"),
]


def generate(rng):
    loads = [rng.randint(-50, 50) for _ in range(rng.randint(0, 3000))]
    return loads, rng.randint(1, max(1, len(loads) // rng.choice([1, 4, 50])) + 2)


def scale(rng, n):
    return [rng.randint(-10**9, 10**9) for _ in range(n)], max(1, n // 2)


def arguments():
    return st.tuples(st.lists(st.integers(-5, 5), max_size=20), st.integers(1, 8))


def invariant(args, result):
    loads, width = args
    windows = max(0, len(loads) - width + 1)
    if len(result) != windows:
        return f"expected {windows} maxima, got {len(result)}"
    return None
