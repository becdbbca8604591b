import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 8, 8, 1, 8, 8, 2],), expected=6,
         note="stop at 0, 3 and 6 (fees 3 + 1 + 2), then leave the highway"),
    Case(([2, 1, 3, 0, 4, 9, 9, 9, 0],), expected=10,
         note="stops 1, 3 and 6: paying 9 once beats taking the cheap stop 4, which forces "
              "another stop at 9"),
    Case(([5, 5],), expected=0, note="two stops can both be passed"),
]

LIMIT = 200_000
TOP = 10**4


def _fees(rng: random.Random, n: int, top: int) -> list[int]:
    return [rng.randint(0, top) for _ in range(n)]


_rng = random.Random(8080)

HIDDEN = [
    Case(([],), note="no stops"),
    Case(([7],), note="a single stop"),
    Case(([4, 9, 1],), note="three stops: one must be used"),
    Case(([0, 0, 0, 0, 0, 0, 0],), note="every stop free"),
    Case(([TOP] * 10,), note="every stop at the highest fee"),
    Case(([1, 9, 9, 9, 1, 9, 9, 9, 1],), note="cheap stops four apart cannot all be chained"),
    Case(([9, 9, 0, 9, 9, 0, 9, 9, 0, 9],), note="free stops three apart"),
    Case(([5, 1, 5, 1, 5, 1, 5, 1],), note="alternating fees"),
    Case((_fees(_rng, 40, 10),), note="forty stops"),
    Case((_fees(_rng, 70, TOP),), note="seventy stops"),
    Case((_fees(_rng, LIMIT, TOP),), note="largest, random"),
    Case(([TOP] * LIMIT,), note="largest, all fees at the top"),
    Case(([(i * 7919) % 13 for i in range(LIMIT)],), note="largest, a repeating pattern"),
]


def generate(rng):
    return (_fees(rng, rng.randint(0, 5000), rng.choice([1, 10, TOP])),)


def arguments():
    return st.tuples(st.lists(st.integers(0, 20), max_size=15))


def scale(rng, n):
    return (_fees(rng, n, TOP),)


def invariant(args, result):
    (fees,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    every_third = sum(fees[2::3])  # stops 2, 5, 8, ...: always a legal trip
    if not 0 <= result <= every_third:
        return f"the answer must lie between 0 and {every_third} (stopping at 2, 5, 8, ...)"
    return None
