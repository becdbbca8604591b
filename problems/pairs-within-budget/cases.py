import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4, 1, 3, 6], 7), expected=4, note="4+1, 4+3, 1+3 and 1+6"),
    Case(([5, 5, 5], 10), expected=3, note="equal costs are still different items"),
    Case(([2], 100), expected=0, note="a single item has no partner"),
]

_rng = random.Random(7606)
LIMIT = 200_000

HIDDEN = [
    Case(([], 0), note="empty catalogue"),
    Case(([7], 14), note="single item, budget twice its cost"),
    Case(([3, 3], 6), note="two items, exact budget"),
    Case(([3, 3], 5), note="two items, budget one short"),
    Case(([-4, -2, 0, 5], -3), note="negative costs and budget"),
    Case(([10**9, 10**9, -10**9, -10**9], 0), note="extremes"),
    Case(([10**9] * 6, 2 * 10**9), note="extreme budget, all pairs"),
    Case(([10**9] * 6, -2 * 10**9), note="extreme negative budget, no pairs"),
    Case(([9, 1, 8, 2, 7, 3], 10), note="unsorted input"),
    Case(([1, 1, 1, 1, 9], 2), note="duplicates"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)], 0), note="largest, random"),
    Case(([_rng.randint(0, 100) for _ in range(LIMIT)], 100), note="largest, heavy duplicates"),
    Case((list(range(LIMIT)), LIMIT), note="largest, about half of all pairs"),
]


def generate(rng):
    costs = [rng.randint(-1000, 1000) for _ in range(rng.randint(0, 3000))]
    return costs, rng.randint(-2000, 2000)


def scale(rng, n):
    return [rng.randint(-10**9, 10**9) for _ in range(n)], 0


def arguments():
    return st.tuples(st.lists(st.integers(-20, 20), max_size=20), st.integers(-40, 40))


def invariant(args, result):
    costs, _ = args
    most = len(costs) * (len(costs) - 1) // 2
    if not isinstance(result, int) or isinstance(result, bool) or not 0 <= result <= most:
        return f"expected an int between 0 and {most}, got {result!r}"
    return None
