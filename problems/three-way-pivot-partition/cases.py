import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([9, 4, 6, 4, 1, 7], 5), expected=[4, 4, 1, 6, 9, 7],
         note="5 does not occur: the middle block is empty; any order inside a block is fine"),
    Case(([3, 8, 3, 1, 3], 3), expected=[1, 3, 3, 3, 8]),
]

N = 200_000
_rng = random.Random(3131)

HIDDEN = [
    Case(([], 0), note="empty list"),
    Case(([5], 5), note="a single value equal to the pivot"),
    Case(([5], -5), note="a single value above the pivot"),
    Case(([2, 2, 2, 2], 2), note="all equal to the pivot"),
    Case(([1, 2, 3], 10), note="everything below"),
    Case(([7, 8, 9], -1), note="everything above"),
    Case(([-3, 0, -7, 0, 4, -3], -3), note="negatives"),
    Case(([10**9, -10**9, 0, 10**9], 10**9), note="extremes"),
    Case(([9, 1, 9, 1, 5, 9], 5), note="larger values next to each other at the back"),
    Case(([_rng.randint(-10**9, 10**9) for _ in range(N)], 0), note="largest, random"),
    Case(([_rng.randint(0, 2) for _ in range(N)], 1), note="largest, three values"),
    Case((list(range(N, 0, -1)), N // 2), note="largest, reverse sorted"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    top = rng.choice([2, 50, 10**9])
    return [rng.randint(-top, top) for _ in range(n)], rng.randint(-top, top)


def arguments():
    return st.tuples(st.lists(st.integers(-5, 5), max_size=15), st.integers(-6, 6))


def invariant(args, result):
    _, pivot = args
    block = 0   # 0: below the pivot, 1: equal, 2: above
    for position, value in enumerate(result):
        kind = 0 if value < pivot else 1 if value == pivot else 2
        if kind < block:
            return (f"value {value} at position {position} comes after a value that belongs "
                    f"to a later block")
        block = kind
    return None
