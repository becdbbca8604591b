import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 3], [2, 4], [3, 5], [1, 5]],), expected=2,
         note="keep [1, 3] and [3, 5]: they only touch"),
    Case(([[0, 10], [1, 2], [3, 4], [5, 6]],), expected=1,
         note="cancel the one long talk, not the three short ones"),
    Case(([[4, 6], [4, 6], [4, 6]],), expected=2, note="copies of a slot clash"),
]

_rng = random.Random(2804)
LIMIT = 100_000


def _random_talks(rng: random.Random, count: int, low: int, high: int,
                  longest: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        start = rng.randint(low, high - 1)
        out.append([start, min(high, start + rng.randint(1, longest))])
    return out


def _chain(count: int) -> list[list[int]]:
    # touching unit talks, shuffled: none clash
    out = [[i, i + 1] for i in range(-count // 2, count - count // 2)]
    _rng.shuffle(out)
    return out


HIDDEN = [
    Case(([],), note="no proposals"),
    Case(([[3, 4]],), note="a single proposal"),
    Case(([[1, 2], [2, 3], [3, 4]],), note="touching talks never clash"),
    Case(([[3, 4], [2, 3], [1, 2]],), note="touching talks, listed backwards"),
    Case(([[1, 3], [2, 4]],), note="two clashing talks"),
    Case(([[0, 5], [4, 6], [5, 10]],), note="the shortest talk clashes with both others"),
    Case(([[1, 10], [2, 3], [4, 5], [6, 7]],), note="the earliest start is the long one"),
    Case(([[1, 4], [2, 3], [3, 6], [5, 7], [6, 8]],), note="nested and chained"),
    Case(([[1, 5], [1, 3], [1, 4], [3, 7], [5, 6]],), note="equal starts"),
    Case(([[2, 5], [1, 5], [5, 6], [4, 6]],), note="equal ends"),
    Case(([[-9, -7], [-8, -6], [-6, -2], [-5, -3]],), note="negative times only"),
    Case(([[-5, -3], [-3, -1]],), note="negative times, none clash"),
    Case(([[-3, 0], [0, 3]],), note="touching at zero"),
    Case(([[-10**9, 10**9], [-10**9, 0], [0, 10**9]],), note="extremes"),
    Case(([[7, 9]] * 6 + [[9, 10]],), note="many copies, then a touching talk"),
    Case((_chain(LIMIT),), note="largest, touching chain, shuffled"),
    Case((_random_talks(_rng, LIMIT, -10**9, 10**9, 10**5),), note="largest, random"),
    Case(([[-i, i + 1] for i in range(LIMIT)],), note="largest, nested"),
]


def generate(rng):
    count = rng.randint(0, 3000)
    return (_random_talks(rng, count, -1000, 1000, rng.choice([1, 3, 10, 60])),)


def scale(rng, n):
    return (_random_talks(rng, n, -10**9, 10**9, 10**5),)


def _talk():
    return st.tuples(st.integers(-10, 10), st.integers(1, 5)).map(lambda p: [p[0], p[0] + p[1]])


def arguments():
    return st.tuples(st.lists(_talk(), max_size=9))


def invariant(args, result):
    (talks,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {result!r}"
    if not 0 <= result <= max(0, len(talks) - 1):
        return f"the count must lie between 0 and {max(0, len(talks) - 1)}, got {result}"
    return None
