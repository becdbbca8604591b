import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 0, 4, 5, 3, 6, 1],), expected=12,
         note="storefronts 2 to 5 are all at least 3 m tall: 3·4 = 12; the empty lot at 1 "
              "cuts the street"),
    Case(([2, 2, 2],), expected=6, note="equal facades share one banner: 2·3 = 6"),
    Case(([1, 4, 2, 4, 1],), expected=6,
         note="the 2 m storefront and its taller neighbours: 2·3 = 6; the full street gives "
              "only 1·5 = 5"),
]

_rng = random.Random(28101)
LIMIT = 200_000
TOP = 10**9

HIDDEN = [
    Case(([],), note="no storefronts"),
    Case(([7],), note="single storefront"),
    Case(([0],), note="single empty lot"),
    Case(([0, 0, 0, 0],), note="only empty lots"),
    Case(([4, 4, 4, 4, 4],), note="all equal"),
    Case(([1, 2, 3, 4, 5],), note="rising: the best banner reaches the right end"),
    Case(([5, 4, 3, 2, 1],), note="falling"),
    Case(([1, 2, 3, 4, 5, 6],), note="rising, best is 3·4 = 12 ending at the right end"),
    Case(([2, 5, 5, 0, 5, 5, 2],), note="an empty lot splits equal pairs"),
    Case(([6, 1, 6],), note="valley"),
    Case(([3, 1, 3, 3, 1, 3],), note="low storefronts repeat: the whole street at height 1 loses"),
    Case(([1, 3, 3, 1, 3, 3, 3],), note="equal heights after an equal low"),
    Case(([2, 4, 4, 2, 4, 4, 2],), note="equal lows: the banner at height 2 spans everything"),
    Case(([5, 0, 1, 1, 1, 1],), note="a lone tall storefront against a long low run"),
    Case(([0, 3, 3, 0],), note="empty lots at both ends"),
    Case(([TOP, TOP],), note="largest heights"),
    Case(([TOP, 1, TOP],), note="largest heights around a low one"),
    Case(([TOP] * LIMIT,), note="largest, all equal at the largest height"),
    Case((list(range(LIMIT)),), note="largest, rising"),
    Case((list(range(LIMIT, 0, -1)),), note="largest, falling"),
    Case(([_rng.randint(0, TOP) for _ in range(LIMIT)],), note="largest, random"),
    Case(([_rng.randint(1, 3) for _ in range(LIMIT)],), note="largest, heavy ties"),
    Case(([0 if _rng.random() < 0.001 else _rng.randint(TOP - 10, TOP) for _ in range(LIMIT)],),
         note="largest, tall facades with a few empty lots"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    top = rng.choice([2, 5, 1000, TOP])
    heights = [rng.randint(0, top) for _ in range(n)]
    shape = rng.random()
    if shape < 0.2:
        heights.sort()
    elif shape < 0.3:
        heights.sort(reverse=True)
    return (heights,)


def scale(rng, n):
    """Heavy ties with no empty lot: widening from every storefront costs about n**2."""
    return ([rng.randint(1, 3) for _ in range(n)],)


def arguments():
    return st.tuples(st.lists(st.integers(0, 8), max_size=20))


def invariant(args, result):
    (heights,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if heights:
        n = len(heights)
        if not max(max(heights), min(heights) * n) <= result <= max(heights) * n:
            return "the area is outside what the tallest and lowest facades allow"
    elif result != 0:
        return "an empty street has no banner"
    return None
