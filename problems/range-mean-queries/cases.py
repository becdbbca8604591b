import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, -1, 4, 1, 5], [[0, 4], [1, 2], [3, 3]]), expected=[2.4, 1.5, 1.0]),
    Case(([10, 20], [[0, 1], [1, 1]]), expected=[15.0, 20.0]),
]

_rng = random.Random(7808)
LIMIT = 200_000
QUERIES = 100_000


def _long_queries(n: int, count: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        left = _rng.randint(0, n // 4)
        out.append([left, _rng.randint(n // 2, n - 1)])
    return out


def _random_queries(n: int, count: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        a, b = _rng.randint(0, n - 1), _rng.randint(0, n - 1)
        out.append([min(a, b), max(a, b)])
    return out


HIDDEN = [
    Case(([5], []), note="no queries"),
    Case(([-7], [[0, 0]]), note="single reading"),
    Case(([4, 4, 4, 4], [[0, 3], [1, 2], [2, 2]]), note="duplicates"),
    Case(([-3, -8, -1], [[0, 2], [0, 1], [1, 2]]), note="negatives"),
    Case(([10**9, 10**9, -10**9], [[0, 1], [0, 2], [2, 2]]), note="extremes"),
    Case(([1, 2], [[0, 1], [0, 1], [0, 0]]), note="repeated queries, half-integers"),
    Case(([1, 1, 2], [[0, 2]]), note="a mean that is not a short decimal"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)], _long_queries(LIMIT, QUERIES)),
         note="largest, long ranges"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(LIMIT)], _random_queries(LIMIT, QUERIES)),
         note="largest, random ranges"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    readings = [rng.randint(-1000, 1000) for _ in range(n)]
    queries = []
    for _ in range(rng.randint(0, 300)):
        a, b = rng.randint(0, n - 1), rng.randint(0, n - 1)
        queries.append([min(a, b), max(a, b)])
    return readings, queries


def scale(rng, n):
    readings = [rng.randint(-10**9, 10**9) for _ in range(n)]
    queries = [[rng.randint(0, n // 4), rng.randint(n // 2, n - 1)] for _ in range(n // 2)]
    return readings, queries


@st.composite
def _case(draw):
    readings = draw(st.lists(st.integers(-50, 50), min_size=1, max_size=15))
    n = len(readings)
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=8))
    return readings, [[min(a, b), max(a, b)] for a, b in pairs]


def arguments():
    return _case()


def invariant(args, result):
    readings, queries = args
    if len(result) != len(queries):
        return f"expected {len(queries)} means, got {len(result)}"
    if len(readings) * len(queries) > 10**5:
        return None  # the bound check below is quadratic: only run it on small inputs
    for (left, right), mean in zip(queries, result, strict=True):
        part = readings[left:right + 1]
        if not min(part) - 1e-6 <= mean <= max(part) + 1e-6:
            return (f"the mean of [{left}, {right}] must lie between "
                    "its smallest and largest reading")
    return None
