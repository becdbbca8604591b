from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([1, 3, 5, 6], [5, 2, 7, 0]), expected=[2, 1, 4, 0]),
    Case(([2, 2, 2, 7], [2, 3]), expected=[0, 3]),
]


def _big(step: int, size: int, start: int) -> list[int]:
    return list(range(start, start + step * size, step))


HIDDEN = [
    Case(([], [5, -5]), note="empty list"),
    Case(([1, 2], []), note="no queries"),
    Case(([4], [4, 9, -9]), note="single element"),
    Case(([-(10**9), 10**9], [10**9, -(10**9), 0]), note="extremes"),
    Case(([1, 1, 1, 1, 1], [1, 2, 0]), note="all duplicates"),
    Case(([-7, -3, -3, 0, 5], [-3, -8, 6, 0]), note="negatives"),
    Case((_big(3, 200_000, -300_000), _big(7, 200_000, -400_000)), note="largest"),
]


def generate(rng):
    size = rng.randint(1, 2000)
    nums = sorted(rng.randint(-1000, 1000) for _ in range(size))
    return nums, [rng.randint(-1100, 1100) for _ in range(rng.randint(0, 200))]


def arguments():
    return st.tuples(st.lists(st.integers(-50, 50)).map(sorted),
                     st.lists(st.integers(-60, 60), max_size=8))


def invariant(args, result):
    nums, queries = args
    if len(result) != len(queries):
        return f"expected {len(queries)} answers, got {len(result)}"
    return None


def scale(rng, n):
    """n sorted numbers and n queries: a scan per query grows like n^2."""
    nums = sorted(rng.randint(-(10**9), 10**9) for _ in range(n))
    return nums, [rng.randint(-(10**9), 10**9) for _ in range(n)]
