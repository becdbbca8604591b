import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[6, 6], [0, 3], [4, 7]],), expected=[2, 4, 8],
         note="6 is 110 (2 dots); 0..3 take 0 + 1 + 1 + 2; 4..7 take 1 + 2 + 2 + 3"),
    Case(([[0, 0], [1, 8], [5, 5]],), expected=[0, 13, 2],
         note="parcel 0 has a blank label; 1..8 take 1 + 1 + 2 + 1 + 2 + 2 + 3 + 1"),
]

TOP = 10**6


def _batches(rng: random.Random, count: int, top: int, span: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        lo = rng.randint(0, top)
        out.append([lo, min(top, lo + rng.randint(0, span))])
    return out


_rng = random.Random(2828)

HIDDEN = [
    Case(([],), note="no batches"),
    Case(([[0, 0]],), note="only parcel 0"),
    Case(([[1, 1]],), note="only parcel 1"),
    Case(([[0, 1]],), note="parcels 0 and 1"),
    Case(([[TOP, TOP]],), note="the largest parcel number alone (10**6 is 11110100001001000000)"),
    Case(([[0, TOP]],), note="every parcel"),
    Case(([[TOP - 1, TOP], [0, TOP - 1], [1, TOP]],), note="ranges touching the top"),
    Case(([[7, 7], [7, 7], [3, 9], [3, 9], [2, 12]],), note="repeated and overlapping batches"),
    Case(([[2**k - 1, 2**k] for k in range(1, 20)] + [[2**k, 2**(k + 1) - 1] for k in range(19)],),
         note="around powers of two"),
    Case(([[0, 5], [0, 2**19 - 1], [0, 2**19], [0, 999_999]],), note="batches starting at 0"),
    Case(([[500, 900], [3, 4], [0, 10]],), note="the largest hi is not in the last batch"),
    Case(([[lo, lo] for lo in range(0, 64)],), note="every single parcel from 0 to 63"),
    Case((_batches(_rng, 2000, 5000, 300),), note="many short batches"),
    Case(([[0, TOP]] * 100_000,), note="largest: every batch is every parcel"),
    Case((_batches(_rng, 100_000, TOP, TOP),), note="largest: long random batches"),
]


def generate(rng):
    top = rng.choice([50, 1000, 10**5, TOP])
    count = rng.choice([rng.randint(1, 3000), 100_000])
    return (_batches(rng, count, top, rng.choice([0, 10, top])),)


@st.composite
def _small(draw):
    pairs = draw(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=8))
    return ([[min(a, b), max(a, b)] for a, b in pairs],)


def arguments():
    return _small()


def invariant(args, result):
    (batches,) = args
    if len(result) != len(batches):
        return f"expected {len(batches)} totals, got {len(result)}"
    return None


def scale(rng, n):
    """n batches of about n parcels each: adding up each batch grows like n^2."""
    return ([[lo, lo + n] for lo in (rng.randint(0, n) for _ in range(n))],)
