import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([1, 4, 2, 3], 2), expected=2, note="{1, 2, 3} and {2, 3, 4}"),
    Case(([7, 7, 7, 7], 0), expected=4, note="any three of four equal readings"),
    Case(([10, 1, 5], 3), expected=0),
]

_rng = random.Random(7707)
LIMIT = 100_000

HIDDEN = [
    Case(([], 5), note="no readings"),
    Case(([3], 0), note="single reading"),
    Case(([3, 4], 10), note="two readings"),
    Case(([5, 1, 3], 4), note="exactly three, spread equals the range"),
    Case(([5, 1, 3], 3), note="exactly three, spread one short"),
    Case(([2, 2, 2, 9, 9], 0), note="duplicates, spread 0"),
    Case(([-8, -3, -5, -4, 0], 4), note="negatives, unsorted"),
    Case(([-10**9, 10**9, 0, 5], 2 * 10**9), note="extremes, everything fits"),
    Case(([-10**9, 10**9, 0, 5], 2 * 10**9 - 1), note="extremes, one short"),
    Case(([9, 1, 8, 2, 7, 3, 6], 2), note="unsorted input"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)], 10**7), note="largest, random"),
    Case(([_rng.randint(0, 50) for _ in range(LIMIT)], 0), note="largest, heavy duplicates"),
    Case((list(range(LIMIT)), 2 * 10**9), note="largest, every triple"),
]


def generate(rng):
    values = [rng.randint(-1000, 1000) for _ in range(rng.randint(0, 2000))]
    return values, rng.randint(0, 300)


def scale(rng, n):
    return [rng.randint(-10**9, 10**9) for _ in range(n)], 10**7


def arguments():
    return st.tuples(st.lists(st.integers(-15, 15), max_size=14), st.integers(0, 12))


def invariant(args, result):
    values, _ = args
    n = len(values)
    most = n * (n - 1) * (n - 2) // 6
    if not isinstance(result, int) or isinstance(result, bool) or not 0 <= result <= most:
        return f"expected an int between 0 and {most}, got {result!r}"
    return None
