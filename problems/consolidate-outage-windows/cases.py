import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[8, 10], [1, 3], [2, 6], [15, 18]],), expected=[[1, 6], [8, 10], [15, 18]],
         note="unsorted reports; [1, 3] and [2, 6] overlap"),
    Case(([[1, 2], [2, 3], [5, 6], [7, 7]],), expected=[[1, 3], [5, 6], [7, 7]],
         note="[1, 2] and [2, 3] touch at 2 and merge; [5, 6] and [7, 7] have a gap"),
    Case(([[4, 9], [5, 5], [4, 6]],), expected=[[4, 9]],
         note="reports inside a longer one add nothing"),
]

_rng = random.Random(2802)
LIMIT = 100_000


def _random_reports(rng: random.Random, count: int, low: int, high: int,
                    longest: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        start = rng.randint(low, high)
        out.append([start, min(high, start + rng.randint(0, longest))])
    return out


def _gapped(count: int) -> list[list[int]]:
    # disjoint windows with a gap of one after each, shuffled: nothing merges
    out = [[3 * i, 3 * i + 1] for i in range(count)]
    _rng.shuffle(out)
    return out


HIDDEN = [
    Case(([],), note="no reports"),
    Case(([[3, 7]],), note="a single report"),
    Case(([[5, 5]],), note="a single blip"),
    Case(([[2, 9]] * 4,), note="identical reports"),
    Case(([[1, 2], [3, 4]],), note="a gap of one: not merged"),
    Case(([[3, 4], [1, 2]],), note="a gap of one, listed backwards"),
    Case(([[2, 3], [1, 2]],), note="touching, listed backwards"),
    Case(([[1, 1], [1, 1], [1, 2], [2, 2]],), note="blips on both ends of a window"),
    Case(([[4, 4], [5, 5], [6, 6]],), note="blips one apart stay apart"),
    Case(([[0, 100], [10, 20], [30, 40], [99, 100]],), note="one window holds the rest"),
    Case(([[10, 20], [1, 30], [25, 26]],), note="a wider window listed later"),
    Case(([[1, 5], [1, 3], [1, 4]],), note="equal starts, different ends"),
    Case(([[1, 5], [2, 3], [4, 8]],), note="the merged end comes from an earlier report"),
    Case(([[-10, -5], [-7, -1], [-20, -15], [-15, -11]],), note="negative times"),
    Case(([[-10**9, -10**9 + 1], [10**9 - 1, 10**9], [-10**9, 10**9]],), note="extremes"),
    Case(([[-10**9, 0], [0, 10**9]],), note="the whole range, touching at 0"),
    Case(([[i, i + 1] for i in range(40, 0, -1)],), note="a chain of touching windows"),
    Case((_gapped(LIMIT),), note="largest, nothing merges"),
    Case((_random_reports(_rng, LIMIT, -10**9, 10**9, 10**4),), note="largest, random"),
    Case(([[i, i + 1] for i in range(LIMIT)],), note="largest, one touching chain"),
]


def generate(rng):
    count = rng.randint(0, 3000)
    return (_random_reports(rng, count, -2000, 2000, rng.choice([0, 1, 3, 30])),)


def scale(rng, n):
    return (_random_reports(rng, n, -10**9, 10**9, 10**4),)


def _report():
    return st.tuples(st.integers(-12, 12), st.integers(0, 4)).map(lambda p: [p[0], p[0] + p[1]])


def arguments():
    return st.tuples(st.lists(_report(), max_size=10))


def invariant(args, result):
    (reports,) = args
    if not isinstance(result, list):
        return f"expected a list, got {result!r}"
    for i, window in enumerate(result):
        if len(window) != 2 or window[0] > window[1]:
            return f"window {i} is not a [start, end] pair with start <= end: {window!r}"
        if i and window[0] <= result[i - 1][1]:
            return f"windows {i - 1} and {i} overlap, touch or are out of order"
    if len(result) > len(reports):
        return "more windows than reports"
    return None
