import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([2, 4, 3],), expected=33,
         note="4 first (2 × 4 × 3 = 24), then 2 (1 × 2 × 3 = 6), then 3 (1 × 3 × 1 = 3)"),
    Case(([6, 0, 2],), expected=18,
         note="0 first (6 × 0 × 2 = 0), then 2 (6 × 2 × 1 = 12), then 6 (1 × 6 × 1 = 6)"),
]

_rng = random.Random(6502)


def _random(n: int, low: int, high: int) -> list[int]:
    return [_rng.randint(low, high) for _ in range(n)]


HIDDEN = [
    Case(([],), note="no blocks"),
    Case(([7],), note="a single block"),
    Case(([0],), note="a single zero block"),
    Case(([3, 5],), note="two blocks"),
    Case(([0, 0, 0, 0],), note="all zero"),
    Case(([4, 4, 4, 4, 4],), note="all equal"),
    Case(([1, 9, 1, 9, 1],), note="alternating"),
    Case(([9, 0, 9],), note="a zero between two large blocks"),
    Case(([100] * 6,), note="maximal ratings"),
    Case(([2, 1, 8, 3, 7, 2],), note="smallest-first is not optimal"),
    Case((_random(12, 1, 20),), note="12 blocks: 479 million orders"),
    Case((_random(160, 0, 100),), note="largest, random"),
    Case(([100] * 160,), note="largest, all maximal"),
    Case((_random(160, 0, 3),), note="largest, small ratings"),
]


def generate(rng):
    return ([rng.randint(0, 100) for _ in range(rng.randint(0, 50))],)


def arguments():
    return st.tuples(st.lists(st.integers(0, 9), max_size=7))


def invariant(args, result):
    (charges,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    # blasting the blocks from left to right is always possible, so the best is at least that
    floor = sum(charges[i] * (charges[i + 1] if i + 1 < len(charges) else 1)
                for i in range(len(charges)))
    if result < floor:
        return f"blasting left to right already scores {floor}, more than {result}"
    return None


def scale(rng, n):
    """n blocks (up to 160) with random ratings."""
    return ([rng.randint(0, 100) for _ in range(n)],)
