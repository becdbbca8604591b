import random

from judge.grading.authoring import Case, st

BIG = 10**9


def _random_stacks(rng: random.Random, n: int, lo: int, hi: int, max_width: int,
                   max_height: int) -> list[list[int]]:
    stacks = []
    for _ in range(n):
        left = rng.randint(lo, hi - 1)
        right = rng.randint(left + 1, min(hi, left + max_width))
        stacks.append([left, right, rng.randint(1, max_height)])
    return stacks


def scale(rng, n):
    return (_random_stacks(rng, n, -BIG, BIG, BIG // 50, BIG),)


_rng = random.Random(31337)

SAMPLES = [
    Case(([[1, 5, 3], [2, 4, 6], [4, 8, 3], [10, 12, 2]],),
         expected=[[1, 3], [2, 6], [4, 3], [8, 0], [10, 2], [12, 0]],
         note="the two stacks of height 3 overlap, so nothing changes at 5; the ground "
              "shows from 8 to 10"),
    Case(([[0, 3, 4], [3, 6, 4], [1, 2, 2], [6, 7, 5]],),
         expected=[[0, 4], [6, 5], [7, 0]],
         note="equal stacks touching at 3 make one flat stretch; [1, 2, 2] is hidden; at 6 "
              "one stack ends as a taller one begins: a single key point"),
]

_staircase = [[i, 2 * 50_000 - i, i + 1] for i in range(50_000)]
_rng.shuffle(_staircase)

HIDDEN = [
    Case(([],), note="no stacks"),
    Case(([[-5, 5, 1]],), note="a single stack, negative left"),
    Case(([[-BIG, BIG, BIG]],), note="extremes"),
    Case(([[0, 1, 1]],), note="width one"),
    Case(([[1, 4, 2], [1, 4, 2], [1, 4, 2]],), note="the same stack three times"),
    Case(([[0, 3, 5], [3, 6, 2]],), note="touching, stepping down"),
    Case(([[0, 3, 2], [3, 6, 5]],), note="touching, stepping up"),
    Case(([[0, 2, 3], [2, 4, 3], [4, 6, 3]],), note="a row of equal stacks, touching"),
    Case(([[0, 5, 2], [0, 3, 6]],), note="two stacks begin together"),
    Case(([[0, 5, 2], [2, 5, 6]],), note="two stacks end together"),
    Case(([[0, 5, 6], [0, 5, 2], [0, 5, 4]],), note="three stacks on the same edges"),
    Case(([[0, 10, 5], [2, 8, 5], [3, 4, 7]],), note="nested, equal outer heights"),
    Case(([[0, 10, 9], [1, 2, 3], [4, 10, 8]],), note="stacks hidden behind a taller one"),
    Case(([[0, 1, 1], [2, 3, 1]],), note="ground between equal stacks"),
    Case(([[0, 2, 3], [2, 4, 1]],), note="a drop exactly at a right edge"),
    Case(([[4, 6, 1], [0, 2, 3], [2, 4, 2], [-3, 0, 4]],), note="unsorted, touching steps"),
    Case(([[5, 9, 3], [0, 6, 2], [1, 3, 4]],), note="unsorted, overlapping"),
    Case(([[0, 3, 1], [1, 4, 2], [2, 5, 3], [3, 6, 2], [4, 7, 1]],), note="a pyramid"),
    Case(([[0, 6, 3], [1, 2, 5], [2, 3, 5], [3, 4, 7], [4, 5, 5]],),
         note="equal heights touching over a lower stack"),
    Case((_random_stacks(_rng, 300, 0, 40, 6, 5),), note="small coordinates, many ties"),
    Case((_random_stacks(_rng, 100_000, -BIG, BIG, BIG // 50, BIG),), note="largest, random"),
    Case(([[i, i + 1, 5] for i in range(100_000)][::-1],),
         note="largest, 10^5 equal stacks touching in a row"),
    Case((_staircase + [[i + 10, i + 11, 1] for i in range(50_000)],),
         note="largest, nested staircase with low stacks inside"),
    Case((_random_stacks(_rng, 100_000, 0, 1000, 50, 10),), note="largest, dense ties"),
]


def generate(rng):
    n = rng.randint(0, 2000)
    if rng.random() < 0.5:
        return (_random_stacks(rng, n, 0, rng.randint(1, 200), rng.randint(1, 30),
                               rng.randint(1, 6)),)
    return (_random_stacks(rng, n, -BIG, BIG, rng.choice((BIG // 1000, BIG)), BIG),)


_stack = st.tuples(st.integers(0, 8), st.integers(1, 5), st.integers(1, 4)).map(
    lambda t: [t[0], t[0] + t[1], t[2]])


def arguments():
    return st.tuples(st.lists(_stack, max_size=8))


def invariant(args, result):
    if not result:
        return None if not args[0] else "stacks were given, so there are key points"
    xs = [x for x, _ in result]
    if any(b <= a for a, b in zip(xs, xs[1:], strict=False)):
        return "key points must have strictly increasing x"
    heights = [h for _, h in result]
    if any(a == b for a, b in zip(heights, heights[1:], strict=False)):
        return "two consecutive key points have the same height"
    if heights[-1] != 0:
        return "the last key point must have height 0"
    return None
