import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([1, -1, 2, -2, 3], 0), expected=3, note="[1, -1], [2, -2] and [-1, 2, -2]"),
    Case(([2, 2, 2], 4), expected=2),
    Case(([5], 5), expected=1, note="a stretch may start at the first hour"),
]

_rng = random.Random(7909)
LIMIT = 200_000

HIDDEN = [
    Case(([], 0), note="empty log"),
    Case(([0], 0), note="single zero"),
    Case(([3], 4), note="single hour, no match"),
    Case(([0, 0, 0, 0], 0), note="zeros: every stretch matches"),
    Case(([-2, -3, 5, -5], -5), note="negative target"),
    Case(([10**4] * 5, 5 * 10**4), note="extremes: the whole log"),
    Case(([-(10**4)] * 5, 10**9), note="extreme target, impossible"),
    Case(([1, 2, 3], 10**9), note="target far away"),
    Case(([4, -4, 4, -4], 4), note="alternating"),
    Case(([_rng.randint(-10**4, 10**4) for _ in range(LIMIT)], 0), note="largest, random"),
    Case(([_rng.randint(-1, 1) for _ in range(LIMIT)], 1), note="largest, many matches"),
    Case(([0] * LIMIT, 0), note="largest, all zeros"),
    Case(([1] * LIMIT, LIMIT // 2), note="largest, long stretches"),
]


def generate(rng):
    changes = [rng.randint(-30, 30) for _ in range(rng.randint(0, 3000))]
    return changes, rng.randint(-60, 60)


def scale(rng, n):
    return [rng.randint(-1, 1) for _ in range(n)], 1


def arguments():
    return st.tuples(st.lists(st.integers(-4, 4), max_size=20), st.integers(-6, 6))


def invariant(args, result):
    changes, _ = args
    most = len(changes) * (len(changes) + 1) // 2
    if not isinstance(result, int) or isinstance(result, bool) or not 0 <= result <= most:
        return f"expected an int between 0 and {most}, got {result!r}"
    return None
