import random

from judge.grading.authoring import Case, st

TOP = 2**31 - 1

SAMPLES = [
    Case(([3, 10, 5, 25, 2, 8],), expected=28, note="5 ^ 25 = 00101 ^ 11001 = 11100 = 28"),
    Case(([8, 7, 15],), expected=15,
         note="8 ^ 7 = 15 beats both pairs with the largest code, 15 ^ 8 = 7 and 15 ^ 7 = 8"),
    Case(([6, 6],), expected=0, note="two players with the same code open door 0"),
]

_rng = random.Random(4242)


def _codes(rng: random.Random, n: int, low: int = 0, high: int = TOP) -> list[int]:
    return [rng.randint(low, high) for _ in range(n)]


HIDDEN = [
    Case(([0, 0],), note="two zero codes"),
    Case(([0, TOP],), note="0 and 2**31 - 1"),
    Case(([TOP, TOP, TOP],), note="all codes 2**31 - 1"),
    Case(([2**30, 0],), note="only bit 30 differs"),
    Case(([2**30, 2**30 + 1, 1],), note="the best pair differs in bit 30 only through one code"),
    Case(([2**30 + 5, 2**30 + 9, 2**30],),
         note="every code has bit 30; the best pair differs below it"),
    Case(([1, 2],), note="two codes, answer 3"),
    Case(([2, 3],), note="the answer is 1: only bit 0 differs"),
    Case(([4, 6, 7],), note="an odd answer below the top"),
    Case(([12, 13, 14, 15, 1],), note="the best pair joins the smallest code to a middle one"),
    Case(([5, 5, 5, 5, 5, 5, 5],), note="all codes equal"),
    Case(([1 << b for b in range(31)],), note="every power of two up to 2**30"),
    Case(([2**30 - 1, 2**30, 2**31 - 2, 1],), note="2**30 - 1 ^ 2**30 is the best pair"),
    Case(([7, 2, 6, 1],),
         note="1 ^ 6 = 7: neither neighbours after sorting nor with the largest code"),
    Case((_codes(_rng, 1000, 0, 2**20),), note="a thousand codes below 2**20"),
    Case(([2**30 | c for c in _codes(_rng, 100_000, 0, 2**29)],),
         note="largest: every code has bit 30 and none bit 29"),
    Case((_codes(_rng, 100_000),), note="largest, random 31-bit codes"),
    Case(([(c << 2) for c in _codes(_rng, 99_998, 0, 2**26)] + [2**31 - 4, 3],),
         note="largest: the only odd code pairs with the top one"),
]


def generate(rng):
    n = rng.choice([rng.randint(2, 50), rng.randint(1000, 20000), 100_000])
    high = rng.choice([7, 1000, 2**16, TOP])
    return (_codes(rng, n, 0, high),)


def arguments():
    code = st.one_of(st.integers(0, 40), st.integers(0, TOP),
                     st.sampled_from([0, TOP, 2**30, 2**30 - 1]))
    return st.tuples(st.lists(code, min_size=2, max_size=8))


def invariant(args, result):
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    return None


def scale(rng, n):
    """n random 31-bit codes: trying every pair grows like n^2."""
    return (_codes(rng, n),)
