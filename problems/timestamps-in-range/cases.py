import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([2, 4, 4, 7, 10], [[4, 7], [0, 1], [5, 10], [8, 3]]), expected=[3, 0, 2, 0],
         note="both ends count; [8, 3] is an empty range"),
    Case(([-5, -5, 0], [[-5, -5], [-10, 10]]), expected=[2, 3], note="duplicates"),
]

_rng = random.Random(7101)
LIMIT = 200_000
QUERIES = 100_000


def _sorted_times(size: int, low: int, high: int) -> list[int]:
    return sorted(_rng.randint(low, high) for _ in range(size))


def _queries(count: int, low: int, high: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        a, b = _rng.randint(low, high), _rng.randint(low, high)
        out.append([min(a, b), max(a, b)])
    return out


HIDDEN = [
    Case(([], [[0, 5], [-3, -3]]), note="no events"),
    Case(([1, 2, 3], []), note="no queries"),
    Case(([6], [[6, 6], [5, 5], [7, 9], [6, 5], [-10**9, 10**9]]), note="single event"),
    Case(([3, 3, 3, 3], [[3, 3], [2, 3], [3, 4], [4, 9], [0, 2]]), note="all duplicates"),
    Case(([-9, -4, -4, -1, 0, 2], [[-4, -1], [-8, -5], [-10, 0], [1, 1]]), note="negatives"),
    Case(([-10**9, 0, 10**9], [[-10**9, -10**9], [10**9, 10**9], [-10**9, 10**9],
                                [10**9, -10**9]]), note="extremes"),
    Case(([1, 5, 9], [[9, 1], [5, 4], [2, 4]]), note="empty ranges and gaps"),
    Case((_sorted_times(LIMIT, -10**9, 10**9), _queries(QUERIES, -10**9, 10**9)),
         note="largest, random"),
    Case((_sorted_times(LIMIT, 0, 1000), _queries(QUERIES, -5, 1005)),
         note="largest, heavy duplicates"),
]


def generate(rng):
    times = sorted(rng.randint(-500, 500) for _ in range(rng.randint(0, 3000)))
    queries = [[rng.randint(-550, 550), rng.randint(-550, 550)] for _ in range(rng.randint(0, 300))]
    return times, queries


def scale(rng, n):
    times = sorted(rng.randint(-10**9, 10**9) for _ in range(n))
    queries = []
    for _ in range(n // 2):
        a, b = rng.randint(-10**9, 10**9), rng.randint(-10**9, 10**9)
        queries.append([min(a, b), max(a, b)])
    return times, queries


def arguments():
    return st.tuples(st.lists(st.integers(-20, 20), max_size=25).map(sorted),
                     st.lists(st.lists(st.integers(-25, 25), min_size=2, max_size=2),
                              max_size=8))


def invariant(args, result):
    times, queries = args
    if not isinstance(result, list):
        # the exact checker treats a tuple as a sequence; the statement asks for a list
        return f"expected a list, got {type(result).__name__}"
    if len(result) != len(queries):
        return f"expected {len(queries)} counts, got {len(result)}"
    for count in result:
        if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= len(times):
            return f"a count must be an int between 0 and {len(times)}, got {count!r}"
    return None
