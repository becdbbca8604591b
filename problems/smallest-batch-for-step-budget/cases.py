import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 6, 7, 11], 8), expected=4,
         note="b = 4 takes 1 + 2 + 2 + 3 = 8 steps; b = 3 takes 10"),
    Case(([30, 11, 23, 4, 20], 5), expected=30,
         note="one step per dataset: b must cover the largest"),
    Case(([30, 11, 23, 4, 20], 6), expected=23,
         note="one spare step lets the largest dataset split"),
]

_rng = random.Random(7202)
LIMIT = 100_000


def _sizes(count: int, low: int, high: int) -> list[int]:
    return [_rng.randint(low, high) for _ in range(count)]


_BIG = _sizes(LIMIT, 1, 10**9)

HIDDEN = [
    Case(([], 1), note="no datasets"),
    Case(([], 10**9), note="no datasets, big budget"),
    Case(([1], 1), note="single example"),
    Case(([10**9], 1), note="one huge dataset, one step"),
    Case(([10**9], 10**9), note="one huge dataset, a step per example"),
    Case(([10**9], 3), note="ceil matters at the extremes"),
    Case(([5, 5, 5, 5], 4), note="duplicates, one step each"),
    Case(([5, 5, 5, 5], 8), note="duplicates, two steps each"),
    Case(([5, 5, 5, 5], 7), note="duplicates, budget between"),
    Case(([7, 1, 1, 1], 5), note="small datasets still cost a step each"),
    Case(([9, 10, 11], 30), note="budget equals the number of examples"),
    Case(([9, 10, 11], 100), note="budget above the number of examples"),
    Case((_BIG, LIMIT), note="largest: one step per dataset"),
    Case((_BIG, 10**9), note="largest: generous budget"),
    Case((_sizes(LIMIT, 10**8, 10**9), 3 * LIMIT + 12345), note="largest: tight budget"),
]


def generate(rng):
    sizes = [rng.randint(1, rng.choice([10, 1000, 10**6])) for _ in range(rng.randint(0, 2000))]
    return sizes, rng.randint(max(len(sizes), 1), max(len(sizes), 1) * 20)


def scale(rng, n):
    sizes = [rng.randint(1, 10**9) for _ in range(n)]
    return sizes, n


def arguments():
    return st.lists(st.integers(1, 60), max_size=10).flatmap(
        lambda sizes: st.tuples(st.just(sizes), st.integers(max(len(sizes), 1), 200)))


def invariant(args, result):
    sizes, max_steps = args
    if not isinstance(result, int) or isinstance(result, bool) or result < 1:
        return f"expected a positive int, got {result!r}"
    if sum(-(-s // result) for s in sizes) > max_steps:
        return f"batch size {result} needs more than {max_steps} steps"
    return None
