import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([2, 1, 5, 1, 3, 2], 8), expected=3, note="5 + 1 + 3 = 9; no two minutes reach 8"),
    Case(([1, 1, 1], 5), expected=0, note="the whole day sells only 3"),
    Case(([4, 9, 2], 9), expected=1, note="a single minute can reach the quota exactly"),
]

_rng = random.Random(7303)
LIMIT = 200_000

HIDDEN = [
    Case(([], 1), note="empty day"),
    Case(([7], 7), note="single minute, exact"),
    Case(([7], 8), note="single minute, short"),
    Case(([3, 3, 3, 3], 6), note="duplicates, exact fit"),
    Case(([3, 3, 3, 3], 12), note="needs the whole day"),
    Case(([3, 3, 3, 3], 13), note="one unit short of the whole day"),
    Case(([1, 1, 1, 1, 10], 11), note="best run at the end"),
    Case(([10, 1, 1, 1, 1], 11), note="best run at the start"),
    Case(([1, 4, 4], 4), note="later single minute after a longer window"),
    Case(([10**4] * 5, 10**9), note="extreme quota"),
    Case(([1] * LIMIT, LIMIT // 2), note="largest: long window of ones"),
    Case(([1] * LIMIT, LIMIT), note="largest: only the whole day reaches the quota"),
    Case(([1] * LIMIT, LIMIT + 1), note="largest: quota never reached"),
    Case(([_rng.randint(1, 10**4) for _ in range(LIMIT)], 10**8), note="largest: random"),
    Case(([_rng.randint(1, 3) for _ in range(LIMIT)], 150_000), note="largest: small amounts"),
]


def generate(rng):
    amounts = [rng.randint(1, rng.choice([3, 50, 10**4])) for _ in range(rng.randint(0, 3000))]
    return amounts, rng.randint(1, max(1, sum(amounts) // rng.choice([1, 3, 50])) + 5)


def scale(rng, n):
    return [rng.randint(1, 3) for _ in range(n)], n


def arguments():
    return st.tuples(st.lists(st.integers(1, 9), max_size=25), st.integers(1, 80))


def invariant(args, result):
    amounts, _ = args
    if not isinstance(result, int) or isinstance(result, bool) or not 0 <= result <= len(amounts):
        return f"expected an int between 0 and {len(amounts)}, got {result!r}"
    return None
