import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([7, 2, 9, 4, 4, 10, 1], 2), expected=15,
         note="drop 1, 2 and 9, 10; keep 4 + 4 + 7"),
    Case(([5, 1, 5, 5], 1), expected=10, note="only one of the three 5s is dropped"),
    Case(([3, -8, 6], 0), expected=1, note="trim = 0 keeps every rating"),
]

N = 200_000
BIG = 10**9
_rng = random.Random(2828)

HIDDEN = [
    Case(([], 0), note="no ratings"),
    Case(([42], 0), note="a single rating, nothing dropped"),
    Case(([-7], 0), note="a single negative rating"),
    Case(([4, 9], 1), note="two ratings, both dropped"),
    Case(([6, 6, 6, 6], 2), note="all equal, everything dropped"),
    Case(([6, 6, 6, 6, 6], 2), note="all equal, one copy kept"),
    Case(([5, 5, 5, 1, 9, 9, 9], 2), note="copies of both edge ratings, only some dropped"),
    Case(([3, 3, 1, 3, 8, 8, 3], 1), note="one low, a run at the top edge"),
    Case(([2, 2, 2, 9, 2], 1), note="the low edge is a run of four"),
    Case(([0, 0, 4, 4, 4, 9, 9], 3), note="runs at both edges, the middle value kept"),
    Case(([-3, -1, -9, -4, -2], 1), note="negatives only"),
    Case(([BIG, -BIG, BIG, -BIG, 0, BIG], 1), note="extremes"),
    Case(([BIG] * 9 + [-BIG] * 4, 3), note="extremes with runs at both edges"),
    Case(([1, 2, 3, 4, 5, 6, 7, 8], 3), note="sorted, only the middle two kept"),
    Case(([8, 7, 6, 5, 4, 3, 2, 1, 0], 4), note="reverse sorted, only the median kept"),
    Case(([_rng.randint(-BIG, BIG) for _ in range(N)], N // 4), note="largest, random"),
    Case(([77] * N, N // 3), note="largest, one value"),
    Case(([_rng.randint(0, 3) for _ in range(N)], N // 4 + 11),
         note="largest, four distinct values"),
    Case(([_rng.choice([-BIG, 0, BIG]) for _ in range(N)], N // 2 - 1),
         note="largest, three distinct extremes, two ratings kept"),
    Case((list(range(N)), N // 5), note="largest, sorted"),
    Case((list(range(N, 0, -1)), N // 2), note="largest, reverse sorted, all dropped"),
    Case(([_rng.randint(-1000, 1000) for _ in range(N)], 0), note="largest, nothing dropped"),
    Case(([_rng.randint(-5, 5) for _ in range(N - 1)], 1), note="largest, odd size, trim 1"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    top = rng.choice([2, 10, 1000, BIG])
    ratings = [rng.randint(-top, top) for _ in range(n)]
    return ratings, rng.randint(0, n // 2)


@st.composite
def _small(draw):
    ratings = draw(st.lists(st.integers(-6, 6), max_size=14))
    return ratings, draw(st.integers(0, len(ratings) // 2))


def arguments():
    return _small()


def invariant(args, result):
    ratings, trim = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    return None


def scale(rng, n):
    """n ratings from a handful of values, a quarter dropped at each end: removing
    extremes one pair at a time and a two-way partition both grow like n^2."""
    return [rng.randint(0, 4) for _ in range(n)], n // 4
