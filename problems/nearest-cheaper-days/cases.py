import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([5, 3, 4, 1, 6],), expected=[[-1, 1], [-1, 3], [1, 3], [-1, 5], [3, 5]]),
    Case(([2, 2, 1],), expected=[[-1, 2], [-1, 2], [-1, 3]], note="an equal price is not cheaper"),
]

_rng = random.Random(8010)
LIMIT = 50_000

HIDDEN = [
    Case(([],), note="no days"),
    Case(([7],), note="single day"),
    Case(([4, 4, 4, 4],), note="all equal"),
    Case(([3, 1, 3, 1, 3],), note="duplicates on both sides"),
    Case(([-1, -5, -3, -9],), note="negative prices"),
    Case(([10**9, -10**9, 10**9],), note="extremes"),
    Case(([1, 2, 3, 4, 5],), note="rising"),
    Case(([5, 4, 3, 2, 1],), note="falling"),
    Case(([2, 5, 5, 3, 5, 1],), note="equal prices then a cheaper one"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)],), note="largest, random"),
    Case((list(range(LIMIT)),), note="largest, rising"),
    Case(([5] * LIMIT,), note="largest, all equal"),
    Case((list(range(20_000, 0, -1)),), note="long falling run"),
    Case(([i % 2 * 10**6 + i for i in range(20_000)],), note="long zigzag"),
    Case(([1, 3, 3, 3, 1],), note="equal plateau between two cheaper days"),
    Case(([-10**9] + [10**9] * (LIMIT - 2) + [-10**9],), note="largest, equal plateau between two cheaper days"),
]


def generate(rng):
    return ([rng.randint(-20, 20) for _ in range(rng.randint(0, 3000))],)


def scale(rng, n):
    return ([rng.randint(-10**9, 10**9) for _ in range(n // 2)] + list(range(n - n // 2)),)


def arguments():
    return st.tuples(st.lists(st.integers(-5, 5), max_size=20))


def invariant(args, result):
    (prices,) = args
    n = len(prices)
    if len(result) != n:
        return f"expected {n} pairs, got {len(result)}"
    for day, pair in enumerate(result):
        before, after = pair
        if before != -1 and not (0 <= before < day and prices[before] < prices[day]):
            return f"day {day}: day {before} is not an earlier, cheaper day"
        if after != n and not (day < after < n and prices[after] < prices[day]):
            return f"day {day}: day {after} is not a later, cheaper day"
    return None
