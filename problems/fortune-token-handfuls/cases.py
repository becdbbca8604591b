import random
from collections import Counter
from math import prod

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([2, 1, 2],), expected=[[], [1], [1, 2], [1, 2, 2], [2], [2, 2]],
         note="the two 2s are interchangeable, so `[1, 2]` and `[2]` are listed once each"),
    Case(([5, -3],), expected=[[], [-3], [-3, 5], [5]],
         note="values inside a handful go in non-decreasing order: `[-3, 5]`, not `[5, -3]`"),
    Case(([4, 4, 4],), expected=[[], [4], [4, 4], [4, 4, 4]]),
]

_rng = random.Random(2812)

HIDDEN = [
    Case(([],), note="empty table: only the empty handful"),
    Case(([7],), note="a single token"),
    Case(([0],), note="a single zero token"),
    Case(([-9, 9],), note="the extreme values"),
    Case(([3, 3],), note="two equal tokens"),
    Case(([-1] * 12,), note="twelve equal tokens"),
    Case(([9, -9, 9, -9, 9, -9, 0, 0, 0, 5, 5, -5],), note="extremes with repeats"),
    Case(([6, 5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5],), note="twelve different values, descending"),
    Case(([-2, -7, -2, -7, -1, -2],), note="negatives only, unsorted"),
    Case(([1, 2, 1, 2, 1, 2, 3, 3, 3, 4, 4, 4],), note="four values three times each"),
    Case(([_rng.randint(-9, 9) for _ in range(12)],), note="largest, random values"),
]


def generate(rng):
    n = rng.randint(0, 12)
    top = rng.choice([1, 3, 9])
    return ([rng.randint(-top, top) for _ in range(n)],)


def arguments():
    return st.tuples(st.lists(st.integers(-3, 3), max_size=8))


def invariant(args, result):
    (tokens,) = args
    stock = Counter(tokens)
    for handful in result:
        if list(handful) != sorted(handful):
            return f"handful {handful} is not in non-decreasing order"
        if Counter(handful) - stock:
            return f"handful {handful} uses more tokens than the table holds"
    if len({tuple(h) for h in result}) != len(result):
        return "a handful is listed more than once"
    want = prod(c + 1 for c in stock.values())
    if len(result) != want:
        return f"expected {want} handfuls, got {len(result)}"
    return None
