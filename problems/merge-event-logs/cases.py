import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[[1, 100], [4, 101], [9, 102]],
           [[2, 200], [4, 201]]],),
         expected=[[1, 100], [2, 200], [4, 101], [4, 201], [9, 102]],
         note="at timestamp 4 the record of the first log comes first"),
    Case(([[[5, 9], [5, 3]], [], [[5, 1]]],),
         expected=[[5, 9], [5, 3], [5, 1]],
         note="equal timestamps: log order, then order within the log, never by id"),
]


def _log(rng: random.Random, length: int, low: int, high: int, ids: int) -> list[list[int]]:
    stamps = sorted(rng.randint(low, high) for _ in range(length))
    return [[t, rng.randint(-ids, ids)] for t in stamps]


def _logs(rng: random.Random, count: int, total: int, low: int, high: int,
          ids: int) -> list[list[list[int]]]:
    cuts = sorted(rng.randint(0, total) for _ in range(count - 1))
    sizes = [b - a for a, b in zip([0] + cuts, cuts + [total], strict=True)]
    return [_log(rng, size, low, high, ids) for size in sizes]


_rng = random.Random(4711)
TOTAL = 100_000

HIDDEN = [
    Case(([],), note="no logs"),
    Case(([[], [], []],), note="only empty logs"),
    Case(([[[7, 7]]],), note="a single record"),
    Case(([[[1, 5], [2, 5], [2, 4]]],), note="one log: returned unchanged"),
    Case(([[[3, 1]], [[3, 1]], [[3, 1]]],), note="identical records in every log"),
    Case(([[[-5, 2], [0, 1]], [[-10**9, -10**9], [10**9, 10**9]]],),
         note="negative and extreme values"),
    Case(([[[2, 9], [2, 8], [2, 7]], [[1, 0], [2, 6]], [[2, 5]]],),
         note="a pile-up at one timestamp"),
    Case(([[[i, i]] for i in range(3000, 0, -1)],), note="3000 one-record logs, in reverse"),
    Case((_logs(_rng, 4000, TOTAL, -1000, 1000, 10**9),), note="largest, many logs"),
    Case((_logs(_rng, 5, TOTAL, -10**9, 10**9, 5),), note="largest, few long logs"),
    Case((_logs(_rng, 2000, TOTAL, 0, 20, 10**6),), note="largest, many equal timestamps"),
]


def generate(rng):
    count = rng.randint(1, 60)
    return (_logs(rng, count, rng.randint(0, 2000), -50, 50, 1000),)


_record = st.tuples(st.integers(-4, 4), st.integers(-9, 9))


def _sorted_log(records):
    return [list(record) for record in sorted(records, key=lambda r: r[0])]


def arguments():
    return st.tuples(st.lists(st.lists(_record, max_size=5).map(_sorted_log), max_size=5))


def invariant(args, result):
    (logs,) = args
    if len(result) != sum(len(log) for log in logs):
        return "the merged log must hold every record exactly once"
    for a, b in zip(result, result[1:], strict=False):
        if a[0] > b[0]:
            return f"timestamp {a[0]} comes before {b[0]}"
    return None


def scale(rng, n):
    """n records spread over about n / 10 logs: scanning all heads is quadratic."""
    return (_logs(rng, max(1, n // 10), n, -10**6, 10**6, 10**9),)
