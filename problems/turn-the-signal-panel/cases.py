import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 2, 3],
           [4, 5, 6],
           [7, 8, 9]], 1), expected=[[7, 4, 1], [8, 5, 2], [9, 6, 3]],
         note="one quarter turn clockwise"),
    Case(([[1, 2],
           [3, 4]], -1), expected=[[2, 4], [1, 3]],
         note="k = -1: one quarter turn counter-clockwise"),
    Case(([[6, 0],
           [2, 9]], 6), expected=[[9, 2], [0, 6]],
         note="six quarter turns are a half turn"),
]


def _numbered(n: int) -> list[list[int]]:
    return [[r * n + c for c in range(n)] for r in range(n)]


def _random(rng: random.Random, n: int, low: int = -10**9, high: int = 10**9):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(n)]


_rng = random.Random(2812)

HIDDEN = [
    Case(([[3, 1], [4, 1]], 10**9), note="huge k, a multiple of four"),
    Case(([[3, 1], [4, 1]], -10**9 + 1), note="huge negative k"),
    Case(([], 1), note="an empty panel"),
    Case(([], -7), note="an empty panel, negative k"),
    Case(([[42]], 3), note="a single cell"),
    Case(([[42]], -10**9), note="a single cell, most negative k"),
    Case((_numbered(2), 0), note="k = 0"),
    Case((_numbered(2), 1), note="2 x 2, one turn"),
    Case((_numbered(2), 2), note="2 x 2, half turn"),
    Case((_numbered(2), 3), note="2 x 2, three turns"),
    Case((_numbered(2), 4), note="2 x 2, a full turn"),
    Case((_numbered(2), 5), note="2 x 2, five turns"),
    Case((_numbered(3), 2), note="3 x 3, half turn"),
    Case((_numbered(3), 3), note="3 x 3, three turns"),
    Case((_numbered(3), -2), note="3 x 3, k = -2"),
    Case((_numbered(3), -3), note="3 x 3, k = -3 is one clockwise turn"),
    Case((_numbered(3), -4), note="3 x 3, k = -4"),
    Case((_numbered(3), -5), note="3 x 3, k = -5"),
    Case((_numbered(4), 1), note="4 x 4: two rings"),
    Case((_numbered(4), 7), note="4 x 4, k = 7"),
    Case((_numbered(5), 1), note="5 x 5: two rings and a centre"),
    Case((_numbered(5), -1), note="5 x 5, counter-clockwise"),
    Case((_numbered(6), 2), note="6 x 6, half turn"),
    Case((_numbered(7), 3), note="7 x 7, three turns"),
    Case((_numbered(8), 10**9 - 1), note="8 x 8, huge k"),
    Case(([[1, 1, 2], [1, 2, 2], [2, 2, 2]], 1), note="repeated codes"),
    Case(([[10**9, -10**9], [-10**9, 0]], 1), note="extreme codes"),
    Case((_random(_rng, 600, 0, 255), 1), note="largest, one turn"),
    Case((_random(_rng, 600), -1), note="largest, counter-clockwise"),
    Case((_random(_rng, 599), 10**9 - 2), note="largest odd size, half turn"),
    Case((_random(_rng, 600), 3), note="largest, three turns"),
]


def generate(rng):
    n = rng.randint(1, 60)
    k = rng.choice([rng.randint(-9, 9), rng.randint(-10**9, 10**9)])
    return (_random(rng, n), k)


@st.composite
def _small(draw):
    n = draw(st.integers(0, 7))
    values = draw(st.lists(st.integers(-30, 30), min_size=n * n, max_size=n * n))
    k = draw(st.integers(-10, 10))
    return ([values[r * n:(r + 1) * n] for r in range(n)], k)


def arguments():
    return _small()


def invariant(args, result):
    panel, _ = args
    n = len(panel)
    if not isinstance(result, list) or len(result) != n:
        return f"expected a list of {n} rows"
    if any(not isinstance(row, list) or len(row) != n for row in result):
        return f"every row must be a list of {n} codes"
    return None
