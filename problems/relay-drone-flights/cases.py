import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([2, 3, 0, 1, 4],), expected=2,
         note="fly 0 -> 1 -> 4; flying as far as possible first lands on the dead mast 2"),
    Case(([1, 2, 0, 0, 3],), expected=-1, note="masts 2 and 3 are dead ends"),
    Case(([0],), expected=0, note="one mast: the drone is already there"),
]

LIMIT = 200_000
_rng = random.Random(2807)


def _staircase(count: int) -> list[int]:
    # blocks of [3, 1, 4, 1, 1]: from the 3 the best next stop is the 4, not the farthest mast
    block = [3, 1, 4, 1, 1]
    return [block[i % len(block)] for i in range(count)]


def _random_ranges(rng: random.Random, count: int, top: int, zero_share: float) -> list[int]:
    return [0 if rng.random() < zero_share else rng.randint(1, top) for _ in range(count)]


HIDDEN = [
    Case(([7],), note="one mast with a battery"),
    Case(([0, 1],), note="a dead first mast"),
    Case(([1, 0],), note="the last mast's range is never used"),
    Case(([5, 0],), note="a range past the last mast"),
    Case(([0, 0, 0],), note="all zeros"),
    Case(([2, 0, 0],), note="one flight straight to the end"),
    Case(([1, 0, 1],), note="stuck on a zero in the middle"),
    Case(([3, 0, 0, 0, 1],), note="a wall of zeros just out of reach"),
    Case(([4, 0, 0, 0, 1, 0],), note="jump over a wall of zeros"),
    Case(([1, 1, 1, 1, 1, 1],), note="one mast at a time"),
    Case(([2, 2, 0, 2],), note="the farthest landing is a dead end"),
    Case(([2, 1, 1, 2],), note="the biggest battery is not the best stop"),
    Case(([3, 1, 4, 1, 1, 3, 1, 4, 1, 1, 0],), note="the farthest landing is never best"),
    Case(([1, 3, 1, 1, 0, 2, 0],), note="reachable only through the far side of a zero"),
    Case(([10**9, 0, 0],), note="the largest range"),
    Case(([10**9] * 5,), note="every mast reaches the end"),
    Case(([2, 0, 3, 0, 0, 1, 0, 1, 0],), note="zeros on every other mast"),
    Case(([1] * LIMIT,), note="largest, one mast at a time"),
    Case(([10**9] * LIMIT,), note="largest, every mast reaches the end"),
    Case(([LIMIT - 2 - i for i in range(LIMIT - 1)] + [0],),
         note="largest, every mast reaches the second last, which is dead"),
    Case(([1000] * LIMIT,), note="largest, equal ranges"),
    Case((_staircase(LIMIT),), note="largest, the farthest landing is a trap"),
    Case((_random_ranges(_rng, LIMIT, 6, 0.2),), note="largest, random short ranges"),
    Case((_random_ranges(_rng, LIMIT, 3000, 0.0),), note="largest, random long ranges"),
]


def generate(rng):
    count = rng.randint(1, 3000)
    top = rng.choice([2, 4, 10, 100])
    return (_random_ranges(rng, count, top, rng.choice([0.0, 0.05, 0.2])),)


def scale(rng, n):
    """Ranges up to n: trying every mast in range grows like n^2."""
    return ([rng.randint(n // 4, n) for _ in range(n)],)


def arguments():
    return st.tuples(st.lists(st.integers(0, 5), min_size=1, max_size=12))


def invariant(args, result):
    (ranges,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {result!r}"
    if not -1 <= result <= len(ranges) - 1:
        return f"the answer must lie between -1 and {len(ranges) - 1}, got {result}"
    return None
