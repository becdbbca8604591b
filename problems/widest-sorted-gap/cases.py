import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([14, 2, 9, 30, 5],), expected=16,
         note="sorted: 2, 5, 9, 14, 30; the widest gap is 14 -> 30"),
    Case(([7, 7, 7],), expected=0, note="all equal"),
    Case(([42],), expected=0, note="a single value has no neighbour"),
]

N = 200_000
_rng = random.Random(6174)


def _clustered(rng: random.Random, n: int) -> list[int]:
    centres = [rng.randint(-10**9, 10**9) for _ in range(20)]
    return [min(10**9, max(-10**9, rng.choice(centres) + rng.randint(-1000, 1000)))
            for _ in range(n)]


HIDDEN = [
    Case(([],), note="empty list"),
    Case(([-3],), note="a single negative value"),
    Case(([5, 5],), note="two equal values"),
    Case(([1, 2],), note="two values"),
    Case(([-10**9, 10**9],), note="extremes"),
    Case(([10**9, -10**9, 0, 10**9, -10**9],), note="extremes with duplicates"),
    Case(([-8, -3, -20, -4],), note="negatives"),
    Case(([0, 1, 2, 3, 100, 101, 102],), note="the gap sits between two clusters"),
    Case(([1, 2, 3, 4, 5, 6],), note="evenly spaced"),
    Case(([1, 3, 1000, 2],), note="the widest gap reaches the maximum"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(N)],), note="largest, random"),
    Case((_clustered(_rng, N),), note="largest, clustered"),
    Case(([3 * i for i in range(N - 1)] + [10**9],), note="largest, evenly spaced plus one"),
    Case(([0] * (N - 1) + [1],), note="largest, almost all equal"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    top = rng.choice([3, 1000, 10**9])
    return ([rng.randint(-top, top) for _ in range(n)],)


def arguments():
    return st.tuples(st.lists(st.integers(-30, 30), max_size=15))


def invariant(args, result):
    (values,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if len(values) >= 2:
        lo, hi = min(values), max(values)
        if not 0 <= result <= hi - lo:
            return f"{result} is not between 0 and max - min = {hi - lo}"
        if result * (len(values) - 1) < hi - lo:
            return (f"{result} is below the average gap (max - min) / (n - 1), so it cannot "
                    f"be the widest")
    elif result != 0:
        return "fewer than two values: the answer is 0"
    return None


def scale(rng, n):
    return ([rng.randint(-10**9, 10**9) for _ in range(n)],)
