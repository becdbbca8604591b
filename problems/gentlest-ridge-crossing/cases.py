import math
import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 2, 2], [3, 8, 2], [5, 3, 5]],), expected=2,
         note="down the left column and along the bottom every step is 2; along the top "
              "and down the right side the last step is 3"),
    Case(([[0, 9, 0, 0, 0], [0, 9, 0, 9, 0], [0, 0, 0, 9, 0]],), expected=0,
         note="a level route exists, but it goes down, back up to the top row and down again"),
    Case(([[7]],), expected=0, note="the start is the goal"),
]

CELLS_MAX = 100_000
H_MAX = 10**6


def _random_grid(rng: random.Random, rows: int, cols: int, lo: int = 0, hi: int = H_MAX):
    return [[rng.randint(lo, hi) for _ in range(cols)] for _ in range(rows)]


def _snake(rng: random.Random, rows: int, cols: int, step: int = 50):
    # even rows are a winding corridor of gentle slopes; odd rows are cliffs of height H_MAX
    # with a single gap, alternately at the right and the left end
    grid = [[H_MAX] * cols for _ in range(rows)]
    h = rng.randint(0, 1000)
    cells = []
    for r in range(rows):
        if r % 2 == 0:
            cells += [(r, c) for c in (range(cols) if r % 4 == 0 else range(cols - 1, -1, -1))]
        else:
            cells.append((r, cols - 1) if r % 4 == 1 else (r, 0))
    for r, c in cells:
        h = min(1000, max(0, h + rng.randint(-step, step)))
        grid[r][c] = h
    for r in range(0, rows, 2):  # corridor rows are fully open
        for c in range(cols):
            if grid[r][c] == H_MAX:
                grid[r][c] = rng.randint(0, 1000)
    return grid


_rng = random.Random(280603)

HIDDEN = [
    Case(([[0]],), note="one cell, height 0"),
    Case(([[H_MAX]],), note="one cell, the highest height"),
    Case(([[0, H_MAX]],), note="one row, one huge step"),
    Case(([[H_MAX], [0]],), note="one column, one huge step down"),
    Case(([[5, 5], [5, 5]],), note="flat"),
    Case(([[0, 3, 6, 9, 12, 15]],), note="one row: the answer is the largest step"),
    Case(([[0], [4], [1], [9], [2]],), note="one column, steps up and down"),
    Case(([[10, 1], [1, 10]],), note="two routes with the same strain"),
    Case(([[0, 9, 0, 0, 0], [0, 9, 0, 9, 0], [0, 0, 0, 9, 0]],),
         note="the route must climb back into the top row"),
    Case(([[0, 0, 0], [9, 9, 0], [0, 0, 0], [0, 9, 9], [0, 0, 0]],),
         note="the route must come back to the left column"),
    Case(([[0, 0, 0, 0], [9, 9, 9, 0], [0, 0, 0, 0], [0, 9, 9, 9], [0, 0, 0, 0]],),
         note="a small winding route"),
    Case(([[1, 100, 1], [2, 100, 2], [3, 4, 3]],), note="around a ridge"),
    Case(([[0, 1, 2, 3], [10, 10, 10, 4], [6, 7, 6, 5]],),
         note="a longer route with smaller steps beats the short one"),
    Case(([[0, 1000, 0], [1, 1000, 0], [2, 3, 4]],), note="going around a wall"),
    Case(([[0, 5, 10], [5, 10, 15], [10, 15, 20]],), note="all routes cost 5"),
    Case(([[3, 3, 3], [3, H_MAX, 3], [3, 3, 0]],), note="one peak to avoid"),
    Case((_random_grid(_rng, 316, 316),), note="largest square, random heights"),
    Case((_random_grid(_rng, 200, 500),), note="largest, wide, random heights"),
    Case((_random_grid(_rng, 1, CELLS_MAX),), note="largest, one row"),
    Case((_random_grid(_rng, CELLS_MAX, 1),), note="largest, one column"),
    Case((_random_grid(_rng, 316, 316, 0, 5),), note="largest, heights 0..5: many ties"),
    Case((_snake(_rng, 315, 317),), note="largest, a winding corridor between cliffs"),
    Case((_snake(_rng, 999, 100, 3),), note="largest, a long winding corridor, gentle"),
    Case(([[0] * 316 for _ in range(316)],), note="largest, flat"),
    Case(([[H_MAX * ((r + c) % 2) for c in range(316)] for r in range(316)],),
         note="largest, a checkerboard of extremes"),
]


def generate(rng):
    rows, cols = rng.randint(1, 60), rng.randint(1, 60)
    if rng.random() < 0.3 and rows >= 3:
        return (_snake(rng, rows | 1, max(cols, 2), rng.randint(0, 100)),)
    hi = rng.choice([1, 5, 100, H_MAX])
    return (_random_grid(rng, rows, cols, 0, hi),)


@st.composite
def _small(draw):
    rows = draw(st.integers(1, 5))
    cols = draw(st.integers(1, 5))
    row = st.lists(st.integers(0, 20), min_size=cols, max_size=cols)
    return (draw(st.lists(row, min_size=rows, max_size=rows)),)


def arguments():
    return _small()


def scale(rng, n):
    side = max(1, math.isqrt(n))
    return (_random_grid(rng, side, side),)
