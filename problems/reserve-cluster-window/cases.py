import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 3], [6, 9]], [2, 5]), expected=[[1, 5], [6, 9]],
         note="[2, 5] overlaps [1, 3]; 5 < 6 leaves free time before [6, 9]"),
    Case(([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]),
         expected=[[1, 2], [3, 10], [12, 16]],
         note="overlaps [3, 5] and [6, 7], and touches [8, 10] at 8"),
    Case(([[1, 4]], [4, 6]), expected=[[1, 6]], note="touching blocks fuse"),
]

_rng = random.Random(2803)
LIMIT = 200_000


def _calendar(rng: random.Random, count: int, first: int, gaps: tuple[int, int],
              lengths: tuple[int, int]) -> list[list[int]]:
    out = []
    t = first
    for _ in range(count):
        t += rng.randint(*gaps)
        length = rng.randint(*lengths)
        out.append([t, t + length])
        t += length
    return out


def _unit_blocks(count: int, first: int) -> list[list[int]]:
    # [first, first + 1], [first + 2, first + 3], ...: a free second after every block
    return [[first + 2 * i, first + 2 * i + 1] for i in range(count)]


BIG = _unit_blocks(LIMIT, -10**9 + 1)
BIG_END = BIG[-1][1]

HIDDEN = [
    Case(([], [3, 5]), note="empty calendar"),
    Case(([], [-10**9, 10**9]), note="empty calendar, the widest window"),
    Case(([[5, 8]], [1, 3]), note="before the only block, free time between"),
    Case(([[5, 8]], [1, 5]), note="touches the only block from the left"),
    Case(([[5, 8]], [8, 9]), note="touches the only block from the right"),
    Case(([[5, 8]], [9, 12]), note="after the only block, free time between"),
    Case(([[5, 8]], [6, 7]), note="inside a block"),
    Case(([[5, 8]], [5, 8]), note="the same as a block"),
    Case(([[5, 8]], [2, 12]), note="covers the only block"),
    Case(([[1, 3], [5, 7]], [3, 5]), note="exactly fills the free time between two blocks"),
    Case(([[1, 3], [5, 7]], [4, 5]), note="touches only the later block"),
    Case(([[1, 3], [5, 7]], [3, 4]), note="touches only the earlier block"),
    Case(([[1, 3], [6, 8]], [4, 5]), note="in a gap, touching neither block"),
    Case(([[1, 2], [4, 5], [7, 8]], [0, 9]), note="covers every block"),
    Case(([[1, 2], [4, 5], [7, 8]], [2, 7]), note="touches the outer blocks, covers the middle"),
    Case(([[1, 2], [4, 6], [8, 9]], [5, 12]), note="starts inside a block, ends after the last"),
    Case(([[1, 2], [4, 6], [8, 9]], [-3, 5]), note="starts before the first, ends inside a block"),
    Case(([[1, 2], [4, 6], [8, 9]], [10, 11]), note="after the last block"),
    Case(([[1, 2], [4, 6], [8, 9]], [-3, 0]), note="before the first block"),
    Case(([[-9, -7], [-5, -4], [-2, -1]], [-7, -5]), note="negative times"),
    Case(([[-10**9, -10**9 + 1], [10**9 - 1, 10**9]], [-10**9 + 1, 10**9 - 1]),
         note="extremes, fusing both ends of the range"),
    Case((BIG, [BIG_END, BIG_END + 1]), note="largest, appended at the end touching the last"),
    Case((BIG, [-10**9, BIG_END + 1]), note="largest, covering every block"),
    Case((BIG, [BIG[LIMIT // 2][0] + 1, BIG[LIMIT // 2 + 1][0]]),
         note="largest, in the middle, touching"),
]


def generate(rng):
    count = rng.randint(0, 3000)
    booked = _calendar(rng, count, rng.randint(-5000, 0), (1, 4), (1, 4))
    top = booked[-1][1] if booked else 10
    start = rng.randint(-5010, top + 10)
    return (booked, [start, start + rng.choice([1, 2, 5, 40, 400])])


def _tidy(parts):
    first, pieces = parts
    out = []
    t = first
    for gap, length in pieces:
        t += gap
        out.append([t, t + length])
        t += length
    return out


def arguments():
    calendar = st.tuples(st.integers(-6, 4),
                         st.lists(st.tuples(st.integers(1, 3), st.integers(1, 3)), max_size=6))
    window = st.tuples(st.integers(-8, 30), st.integers(1, 8)).map(lambda p: [p[0], p[0] + p[1]])
    return st.tuples(calendar.map(_tidy), window)


def invariant(args, result):
    booked, new = args
    if not isinstance(result, list) or not result:
        return f"expected a non-empty list of blocks, got {result!r}"
    for i, block in enumerate(result):
        if len(block) != 2 or not block[0] < block[1]:
            return f"block {i} is not a [start, end] pair with start < end: {block!r}"
        if i and not result[i - 1][1] < block[0]:
            return f"no free time between blocks {i - 1} and {i}"
    if len(result) > len(booked) + 1:
        return "more blocks than the calendar had plus one"
    if not any(block[0] <= new[0] and new[1] <= block[1] for block in result):
        return f"no block holds the new window {new!r}"
    return None
