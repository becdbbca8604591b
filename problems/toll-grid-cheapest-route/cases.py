import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 3, 1], [1, 5, 1], [4, 2, 1]],), expected=7,
         note="right, right, down, down: 1 + 3 + 1 + 1 + 1"),
    Case(([[2, -1, 0], [4, 1, -1], [-1, 3, 5]],), expected=15,
         note="the only route goes down, right, down, right"),
    Case(([[0, -1], [-1, 0]],), expected=-1, note="both ways out of the start are blocked"),
]


def _random_grid(rng: random.Random, rows: int, cols: int, blocked: float,
                 high: int) -> list[list[int]]:
    grid = [[-1 if rng.random() < blocked else rng.randint(0, high) for _ in range(cols)]
            for _ in range(rows)]
    if rows and cols:
        grid[0][0] = rng.randint(0, high)
        grid[-1][-1] = rng.randint(0, high)
    return grid


def _snake(rows: int, cols: int) -> list[list[int]]:
    # walls with one gap that alternates sides: the only route winds through the whole floor
    grid = [[1] * cols for _ in range(rows)]
    for r in range(1, rows - 1, 2):
        gap = cols - 1 if (r // 2) % 2 == 0 else 0
        for c in range(cols):
            if c != gap:
                grid[r][c] = -1
    return grid


_rng = random.Random(9173)

HIDDEN = [
    Case(([],), note="empty grid"),
    Case(([[]],), note="one row of length 0"),
    Case(([[7]],), note="single open cell"),
    Case(([[-1]],), note="single blocked cell"),
    Case(([[0, 0, 0, 0]],), note="one row of zero tolls"),
    Case(([[3], [-1], [4]],), note="one column, blocked in the middle"),
    Case(([[-1, 1], [1, 1]],), note="blocked start"),
    Case(([[1, 1], [1, -1]],), note="blocked end"),
    Case(([[1, -1, 1, 1], [1, 1, 1, 1]],),
         note="a block in the first row hides the cells after it"),
    Case(([[1, 1], [-1, 1], [1, 1], [1, 1]],), note="a block in the first column"),
    Case(([[5, 5, 5], [5, 5, 5], [5, 5, 5]],), note="all tolls equal"),
    Case(([[10**4] * 3] * 3,), note="maximal tolls"),
    Case((_snake(9, 9),), note="walls whose gaps alternate sides: no right/down route"),
    Case(([[0] * 16 for _ in range(16)],), note="16 x 16 zeros: 155 million routes"),
    Case((_random_grid(_rng, 500, 500, 0.0, 10**4),), note="largest, no blocks"),
    Case((_random_grid(_rng, 500, 500, 0.25, 10**4),), note="largest, a quarter blocked"),
    Case((_random_grid(_rng, 250, 1000, 0.05, 10**4),), note="largest, wide"),
    Case((_random_grid(_rng, 1000, 250, 0.05, 10**4),), note="largest, tall"),
    Case(([[10**4] * 1000 for _ in range(250)],),
         note="largest route cost: 1249 cells of the maximal toll, 12,490,000"),
    Case((_random_grid(_rng, 1, 1000, 0.0, 10**4),), note="a single row of 1000"),
    Case((_random_grid(_rng, 1000, 1, 0.0, 10**4),), note="a single column of 1000"),
]


def generate(rng):
    rows, cols = rng.randint(1, 60), rng.randint(1, 60)
    return (_random_grid(rng, rows, cols, rng.choice([0.0, 0.1, 0.3]), rng.choice([9, 10**4])),)


@st.composite
def _small(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cell = st.one_of(st.just(-1), st.integers(0, 9))
    return ([draw(st.lists(cell, min_size=cols, max_size=cols)) for _ in range(rows)],)


def arguments():
    return _small()


def invariant(args, result):
    (grid,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result < -1:
        return f"a cost is never below -1, got {result}"
    if grid and grid[0] and result >= 0:
        floor = grid[0][0] + grid[-1][-1] if len(grid) * len(grid[0]) > 1 else grid[0][0]
        if result < floor:
            return f"a route pays at least the start and end tolls ({floor}), got {result}"
    return None


def scale(rng, n):
    """A square grid of about n cells (n up to 250000), one cell in ten blocked."""
    side = max(1, int(n ** 0.5))
    return (_random_grid(rng, side, side, 0.1, 10**4),)
