import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 11, -4, 9], 2, 2), expected=True,
         note="ticks 1 and 3 are 2 apart, and 11 and 9 differ by 2"),
    Case(([1, 10, 1], 1, 0), expected=False,
         note="the two equal readings are 2 ticks apart, one more than max_gap"),
    Case(([-3, 4, -2], 2, 1), expected=True, note="-3 and -2, two ticks apart"),
]

N = 200_000
_rng = random.Random(2830)


def _shuffled(values) -> list[int]:
    values = list(values)
    _rng.shuffle(values)
    return values


_SPACED = _shuffled(range(-100_000_000, -100_000_000 + 1001 * N, 1001))
_DISTINCT = _shuffled(_rng.sample(range(-10**9, 10**9), N))

HIDDEN = [
    Case(([], 3, 3), note="no readings"),
    Case(([7], 5, 0), note="a single reading"),
    Case(([5, 5], 0, 0), note="max_gap 0: equal neighbours still do not count"),
    Case(([5, 5], 1, 0), note="tolerance 0, equal neighbours"),
    Case(([3, 4, 3], 1, 0), note="tolerance 0: readings one apart do not count"),
    Case(([1, 2, 3, 1], 10**9, 0), note="max_gap far beyond the length"),
    Case(([-1, 1], 1, 1), note="negative and positive, 2 apart, tolerance 1: no pair"),
    Case(([1, -1], 1, 1), note="the same, positive first"),
    Case(([-2, 1], 1, 2), note="-2 and 1 differ by 3: rounding toward zero merges their buckets"),
    Case(([-5, -3], 1, 2), note="two negatives exactly tolerance apart"),
    Case(([-6, -3], 1, 2), note="two negatives one more than tolerance apart"),
    Case(([1, 2], 1, 1), note="neighbouring buckets, close values"),
    Case(([2, 1], 1, 1), note="neighbouring buckets, the lower one second"),
    Case(([4, 9], 1, 5), note="exactly tolerance apart across two buckets"),
    Case(([9, 4], 1, 5), note="exactly tolerance apart across two buckets, falling"),
    Case(([4, 10], 1, 5), note="one more than tolerance, neighbouring buckets"),
    Case(([10, 4], 1, 5), note="one more than tolerance, neighbouring buckets, falling"),
    Case(([0, 5], 1, 5), note="same bucket at its two ends"),
    Case(([0, 6], 1, 5), note="one more than tolerance at a bucket edge"),
    Case(([7, 0, 7], 2, 0), note="equal readings exactly max_gap apart"),
    Case(([7, 0, 1, 7], 2, 0), note="equal readings one more than max_gap apart"),
    Case(([0, 100, 200, 3], 3, 3), note="exactly max_gap and exactly tolerance"),
    Case(([0, 100, 200, 300, 3], 3, 3), note="one tick too far"),
    Case(([50, -50, 49], 2, 1), note="the middle reading is far away"),
    Case(([-10**9, 10**9], 1, 2 * 10**9), note="the extremes within the largest tolerance"),
    Case(([-10**9, 10**9], 1, 2 * 10**9 - 1), note="the extremes one out of tolerance"),
    Case(([10**9, -10**9, 10**9], 2, 0), note="extreme equal readings, max_gap apart"),
    Case(([10**9, 10**9 - 2, -10**9, -10**9 + 3], 1, 2), note="extreme neighbours"),
    Case((_DISTINCT, 10**9, 0), note="largest, distinct readings, any gap: no pair"),
    Case((_SPACED, N, 1000), note="largest, readings 1001 apart shuffled: no pair"),
    Case((_SPACED + [_SPACED[-7] + 1000], N, 1000),
         note="largest, the only close pair closes the log"),
    Case(([(i % 5) * 3 - 6 for i in range(N)], 4, 2), note="largest, period 5, max_gap 4: no pair"),
    Case(([(i % 5) * 3 - 6 for i in range(N)], 5, 2), note="largest, period 5, max_gap 5"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    spread = rng.choice([10, 10**4, 10**9])
    readings = [rng.randint(-spread, spread) for _ in range(n)]
    return readings, rng.randint(0, 50), rng.randint(0, spread // 200)


def arguments():
    return st.tuples(st.lists(st.integers(-25, 25), max_size=12),
                     st.integers(0, 6), st.integers(0, 8))


def invariant(args, result):
    if not isinstance(result, bool):
        return f"expected a bool, got {type(result).__name__}"
    return None


def scale(rng, n):
    values = rng.sample(range(-10**9, 10**9), n)
    return values, n, 0
