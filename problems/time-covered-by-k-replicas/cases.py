import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[0, 5], [3, 8], [4, 10]], 2), expected=5, note="two or more are up on [3, 8)"),
    Case(([[0, 5], [3, 8], [4, 10]], 3), expected=1, note="all three are up on [4, 5)"),
    Case(([[1, 3], [1, 3]], 3), expected=0, note="only two windows"),
]

_rng = random.Random(7505)
LIMIT = 100_000


def _random_windows(count: int, low: int, high: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        start = _rng.randint(low, high - 1)
        out.append([start, min(high, start + _rng.randint(1, longest))])
    return out


HIDDEN = [
    Case(([], 1), note="no windows"),
    Case(([[2, 7]], 1), note="single window"),
    Case(([[2, 7]], 2), note="single window, k = 2"),
    Case(([[0, 4], [4, 9]], 2), note="touching windows never overlap"),
    Case(([[0, 4], [4, 9]], 1), note="touching windows, union"),
    Case(([[1, 6]] * 4, 4), note="identical windows"),
    Case(([[1, 6]] * 4, 5), note="identical windows, k too large"),
    Case(([[-9, -2], [-5, 3], [-3, -1]], 2), note="negative times"),
    Case(([[-10**9, 10**9], [-10**9, 10**9]], 2), note="extremes"),
    Case(([[-10**9, 10**9], [0, 10**9]], 1), note="extremes, union"),
    Case(([[0, 2], [5, 9], [1, 6], [8, 12]], 2), note="unsorted, several stretches"),
    Case(([[0, 10], [2, 3], [2, 3], [5, 7]], 3), note="a stretch inside a stretch"),
    Case((_random_windows(LIMIT, -10**9, 10**9, 10**7), 2), note="largest, random, k = 2"),
    Case((_random_windows(LIMIT, 0, 10**6, 10**5), 7000), note="largest, deep overlap"),
    Case(([[-i, i + 1] for i in range(LIMIT)], LIMIT // 2), note="largest, nested"),
]


def generate(rng):
    windows = []
    for _ in range(rng.randint(0, 2000)):
        start = rng.randint(-500, 500)
        windows.append([start, start + rng.randint(1, 80)])
    return windows, rng.randint(1, 12)


def scale(rng, n):
    windows = []
    for _ in range(n):
        start = rng.randint(0, 10**6 - 1)
        windows.append([start, start + rng.randint(1, 10**5)])
    return windows, 3


def _window():
    return st.tuples(st.integers(-15, 15), st.integers(1, 8)).map(lambda p: [p[0], p[0] + p[1]])


def arguments():
    return st.tuples(st.lists(_window(), max_size=12), st.integers(1, 4))


def invariant(args, result):
    uptimes, _ = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {result!r}"
    union_bound = sum(end - start for start, end in uptimes)
    if not 0 <= result <= union_bound:
        return f"the covered time must lie between 0 and {union_bound}, got {result}"
    return None
