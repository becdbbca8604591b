import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4, 1, 2, 3],), expected=19, note="1+2 (3), then 3+3 (6), then 4+6 (10)"),
    Case(([2, 2, 1, 2],), expected=14,
         note="2+2 (4) and 1+2 (3), then 4+3 (7); joining the cheapest pair first costs 15"),
]

_rng = random.Random(8086)


def _random(n: int, high: int) -> list[int]:
    return [_rng.randint(0, high) for _ in range(n)]


HIDDEN = [
    Case(([],), note="no segments"),
    Case(([5],), note="a single segment"),
    Case(([3, 9],), note="two segments"),
    Case(([0, 0, 0],), note="zero lengths"),
    Case(([7, 7, 7, 7, 7],), note="all equal"),
    Case(([1, 1, 2, 1, 2],), note="the cheapest neighbours first is not optimal"),
    Case(([100, 1, 1, 1, 100],), note="long ends"),
    Case(([1, 100, 100, 100, 1],), note="short ends"),
    Case(([10**6] * 6,), note="maximal lengths"),
    Case((_random(20, 50),), note="20 segments: billions of orders"),
    Case((_random(200, 10**6),), note="largest, random"),
    Case(([10**6] * 200,), note="largest, all maximal"),
    Case((list(range(200, 0, -1)),), note="largest, decreasing"),
]


def generate(rng):
    return ([rng.randint(0, 100) for _ in range(rng.randint(0, 60))],)


def arguments():
    return st.tuples(st.lists(st.integers(0, 20), max_size=9))


def invariant(args, result):
    (lengths,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    n, total = len(lengths), sum(lengths)
    if n >= 2 and not total <= result <= total * (n - 1):
        return f"the cost must lie between {total} and {total * (n - 1)}, got {result}"
    return None


def scale(rng, n):
    """n segments (up to 200) of random length."""
    return ([rng.randint(0, 10**6) for _ in range(n)],)
