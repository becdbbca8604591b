import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([9, 4, 2, 5, 1], 2), expected=5,
         note="9 over 4, 2 and 1; 4 over 1; 5 over 1 (4 > 2*2 fails: not strictly greater)"),
    Case(([-5, -2, 3, 0], 3), expected=2, note="-5 > 3*-2 = -6 and 3 > 3*0"),
    Case(([6, 6, 6], 1), expected=0, note="equal days are never drops"),
]

N = 100_000
BIG = 10**9
_rng = random.Random(4931)

HIDDEN = [
    Case(([], 2), note="no days"),
    Case(([7], 1), note="one day"),
    Case(([5, 2], 2), note="5 > 2*2 by one"),
    Case(([4, 2], 2), note="4 == 2*2 is not a drop"),
    Case(([2, 5], 2), note="rising, no drop"),
    Case(([0, 0, 0, 0], 5), note="flat days"),
    Case(([1, 0, 0, 0], 5), note="one profit before flat days"),
    Case(([0, -1, 0, -1], 2), note="flat day before a loss"),
    Case(([-3, -2, -1], 2), note="shrinking losses: only -3 > 2*-2"),
    Case(([-1, -1, -1, -1, -1], 2), note="equal losses are all drops"),
    Case(([7, 3, 11, 5, 1, 2, 6, 3], 2), note="factor 2, odd remainders"),
    Case(([9, 8, 7, 6, 5, 4, 3, 2, 1], 1), note="factor 1: plain inversions"),
    Case(([BIG, 1, -1, -BIG, 0, BIG, -BIG], BIG), note="extremes, the largest factor"),
    Case(([BIG, BIG, -BIG, -BIG], 1), note="extremes, factor 1"),
    Case(([BIG - 1, 1, BIG, 1], BIG), note="a profit just below and at factor * 1"),
    Case(([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 3), note="factor 3, a mix"),
    Case(([_rng.randint(-BIG, BIG) for _ in range(N)], 2), note="largest, random, factor 2"),
    Case(([_rng.randint(-20, 20) for _ in range(N)], 3), note="largest, few values, factor 3"),
    Case((list(range(N, 0, -1)), 2), note="largest, falling profits"),
    Case((list(range(-N, 0)), 1), note="largest, rising losses, factor 1"),
    Case(([-7] * N, 4), note="largest, one repeated loss: every pair"),
    Case(([0] * N, 1), note="largest, all flat: no pair"),
    Case(([_rng.randint(-1000, 1000) for _ in range(N)], BIG), note="largest, huge factor"),
]


def generate(rng):
    n = rng.randint(0, 2500)
    top = rng.choice([3, 50, 10**5, BIG])
    pnl = [rng.randint(-top, top) for _ in range(n)]
    return pnl, rng.choice([1, 2, 3, rng.randint(1, 50), rng.randint(1, BIG)])


def arguments():
    return st.tuples(st.lists(st.integers(-12, 12), max_size=16), st.integers(1, 5))


def invariant(args, result):
    pnl, factor = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    n = len(pnl)
    if not 0 <= result <= n * (n - 1) // 2:
        return f"the count must lie between 0 and {n * (n - 1) // 2}, got {result}"
    return None


def scale(rng, n):
    """n random days, factor 2: checking every pair grows like n^2."""
    return [rng.randint(-BIG, BIG) for _ in range(n)], 2
