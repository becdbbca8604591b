import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((5, [[1, 2], [3, 4], [2, 1], [4, 5], [1, 5]]), expected=[4, 3, 3, 2, 1],
         note="the third match repeats the first, so the count stays at 3"),
    Case((4, [[2, 3], [3, 4], [4, 2], [1, 1]]), expected=[3, 2, 2, 2],
         note="4 and 2 are already together through 3; a fragment matched with itself "
              "changes nothing"),
]

N = 100_000
_rng = random.Random(90331)


def _random_matches(rng, n, m):
    return [[rng.randint(1, n), rng.randint(1, n)] for _ in range(m)]


def _chain_matches(n):
    """1-2, 1-3, 1-4, ...: a union-find that links root to root without balancing turns
    into a path that every later find walks in full."""
    return [[1, b] for b in range(2, n + 1)]


HIDDEN = [
    Case((1, []), note="one fragment, no matches"),
    Case((6, []), note="no matches"),
    Case((1, [[1, 1], [1, 1]]), note="one fragment matched with itself"),
    Case((3, [[3, 3], [2, 2], [1, 1]]), note="only self-matches"),
    Case((2, [[1, 2]]), note="two fragments joined"),
    Case((2, [[2, 1], [1, 2], [2, 1]]), note="the same pair repeated"),
    Case((7, [[1, 2], [2, 3], [3, 1], [6, 7], [7, 6], [5, 5]]),
         note="a match closing a loop changes nothing"),
    Case((6, [[6, 5], [4, 6], [5, 4], [1, 6], [3, 2], [2, 1]]),
         note="the highest-numbered fragment in most matches"),
    Case((10, [[i, i + 1] for i in range(1, 10)]), note="a chain joins everything"),
    Case((8, [[1, 2], [3, 4], [5, 6], [7, 8], [1, 3], [5, 7], [2, 4], [1, 5], [8, 1]]),
         note="pairs, then pairs of pairs"),
    Case((N, _random_matches(_rng, N, N)), note="largest, random matches"),
    Case((N, _chain_matches(N) + [[N, 1]]), note="largest, every fragment matched with 1"),
    Case((N, [[b, b + 1] for b in range(N - 1, 0, -1)] + [[1, N]]),
         note="largest, a chain from the top down"),
    Case((N, _random_matches(_rng, 300, N)), note="largest, matches among few fragments"),
    Case((N, [[N, N - 1]] * N), note="largest, one pair repeated"),
]


def generate(rng):
    n = rng.choice([rng.randint(1, 20), rng.randint(1, 3000), N])
    m = rng.choice([rng.randint(0, 40), rng.randint(0, 5000)])
    return n, _random_matches(rng, n, m)


@st.composite
def _drawn(draw):
    n = draw(st.integers(1, 9))
    pair = st.tuples(st.integers(1, n), st.integers(1, n)).map(list)
    return n, draw(st.lists(pair, max_size=14))


def arguments():
    return _drawn()


def invariant(args, result):
    n, matches = args
    if len(result) != len(matches):
        return f"expected {len(matches)} counts, got {len(result)}"
    return None


def scale(rng, n):
    """n fragments and n random matches: a search per match grows like n^2."""
    return n, _random_matches(rng, n, n)
