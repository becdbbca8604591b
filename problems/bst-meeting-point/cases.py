import random

from judge.grading.authoring import Case, balanced_bst, broom_bst, bst_from_insertions, st, tree

_rng = random.Random(1234)
_big = balanced_bst(list(range(-10**9, 10**9, 10_000))[:200_000])
_big_values = list(range(-10**9, 10**9, 10_000))[:200_000]

SAMPLES = [
    Case((tree([6, 2, 8, 0, 4, 7, 9, None, None, 3, 5]), 3, 7), expected=6,
         note="3 is searched on the left of 6, 7 on the right"),
    Case((tree([6, 2, 8, 0, 4, 7, 9, None, None, 3, 5]), 5, 2), expected=2,
         note="2 lies on the path to 5, and a > b is allowed"),
]

HIDDEN = [
    Case((tree([1]), 1, 1), note="single node"),
    Case((tree([4, 2, 6]), 6, 6), note="a equals b"),
    Case((tree([-10, -20, -5, -30, -15]), -15, -30), note="negative values, a > b"),
    Case((tree([0, -10**9, 10**9]), 10**9, -10**9), note="extremes"),
    Case((tree([5, 3, 8, 2, 4]), 4, 2), note="siblings below the root, reversed"),
    Case((tree([5, 3, 8, 2, 4]), 3, 4), note="parent and child"),
    Case((bst_from_insertions(list(range(5000, 0, -1))), 1, 2),
         note="left chain: the deepest pair"),
    Case((bst_from_insertions(list(range(5000))), 4998, 4999),
         note="right chain: the deepest pair"),
    Case((bst_from_insertions([v for i in range(2500) for v in (i, 9999 - i)]), 2499, 7500),
         note="zigzag chain"),
    Case((_big, _big_values[0], _big_values[-1]), note="balanced, extremes of the range"),
    Case((_big, _big_values[123_456], _big_values[123_457]), note="balanced, neighbours"),
    Case((broom_bst(5000, 195_000, -10**9), -10**9 + 6000, -10**9 + 199_999),
         note="largest: deep below a spine"),
]


def generate(rng):
    values = rng.sample(range(-10**6, 10**6), rng.randint(1, 3000))
    return bst_from_insertions(values), rng.choice(values), rng.choice(values)


@st.composite
def _drawn(draw):
    values = draw(st.lists(st.integers(-50, 50), unique=True, min_size=1, max_size=30))
    return bst_from_insertions(values), draw(st.sampled_from(values)), draw(st.sampled_from(values))


def arguments():
    return _drawn()


def invariant(args, result):
    root, a, b = args
    low, high = min(a, b), max(a, b)
    if not low <= result <= high:
        return f"{result} cannot be a common ancestor of {a} and {b}: it is not between them"
    return None
