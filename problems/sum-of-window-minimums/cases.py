import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 1, 2],), expected=9, note="3 + 1 + 2 + 1 + 1 + 1 = 9"),
    Case(([2, 2],), expected=6, note="[2], [2] and [2, 2]: the tied minimum counts once"),
    Case(([-1, 4],), expected=2, note="-1 + 4 + (-1)"),
]

_rng = random.Random(8111)
LIMIT = 200_000

HIDDEN = [
    Case(([],), note="empty"),
    Case(([9],), note="single minute"),
    Case(([-9],), note="single negative minute"),
    Case(([5, 5, 5, 5],), note="all equal"),
    Case(([2, 1, 2, 1, 2],), note="repeated minima"),
    Case(([-3, -1, -4, -1, -5],), note="negatives"),
    Case(([10**9, -10**9, 10**9],), note="extremes"),
    Case(([1, 2, 3, 4, 5],), note="rising"),
    Case(([5, 4, 3, 2, 1],), note="falling"),
    Case(([0, 0, 0],), note="zeros"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)],), note="largest, random"),
    Case(([-(10**9)] * LIMIT,), note="largest, all equal extreme"),
    Case((list(range(LIMIT)),), note="largest, rising"),
    Case(([_rng.randint(0, 3) for _ in range(LIMIT)],), note="largest, heavy ties"),
]


def generate(rng):
    return ([rng.randint(-rng.choice([3, 1000]), 1000) for _ in range(rng.randint(0, 3000))],)


def scale(rng, n):
    return ([rng.randint(0, 3) for _ in range(n)],)


def arguments():
    return st.tuples(st.lists(st.integers(-6, 6), max_size=20))


def invariant(args, result):
    (values,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if values:
        windows = len(values) * (len(values) + 1) // 2
        if not min(values) * windows <= result <= max(values) * windows:
            return "the total lies outside what the smallest and largest values allow"
    return None
