import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([".#D",
           "...",
           "D#."],), expected=[[2, -1, 0],
                               [1, 2, 1],
                               [0, -1, 2]],
         note="every open cell picks whichever dock is fewer steps away"),
    Case((["D.#.",
           "..#."],), expected=[[0, 1, -1, -1],
                                [1, 2, -1, -1]],
         note="the right-hand column is cut off from the only dock"),
]


def _random_grid(rng: random.Random, rows: int, cols: int, wall: float,
                 dock: float) -> list[str]:
    out = []
    for _ in range(rows):
        line = []
        for _ in range(cols):
            x = rng.random()
            line.append("#" if x < wall else "D" if x < wall + dock else ".")
        out.append("".join(line))
    return out


_rng = random.Random(515)

HIDDEN = [
    Case(([],), note="empty grid"),
    Case((["D"],), note="a single dock"),
    Case((["."],), note="a single open cell, no dock"),
    Case((["#"],), note="a single wall"),
    Case((["....", "....", "...."],), note="no docks at all"),
    Case((["DDD", "DDD"],), note="docks everywhere"),
    Case((["D.#.D"],), note="one row, two docks"),
    Case((["D", ".", "#", ".", "."],), note="one column, cut off"),
    Case((["D....", "####.", ".....", ".####", "....D"],), note="a corridor between docks"),
    Case((["." * 99_999 + "D"],), note="largest, one long corridor"),
    Case((_random_grid(_rng, 250, 400, 0.25, 0.0005),), note="largest, a few docks"),
    Case((_random_grid(_rng, 400, 250, 0.05, 0.02),), note="largest, thousands of docks"),
]


def generate(rng):
    rows, cols = rng.randint(1, 50), rng.randint(1, 50)
    return (_random_grid(rng, rows, cols, rng.choice([0.0, 0.2, 0.4]),
                         rng.choice([0.0, 0.01, 0.05])),)


@st.composite
def _small(draw):
    rows = draw(st.integers(0, 5))
    if rows == 0:
        return ([],)
    cols = draw(st.integers(1, 6))
    cells = st.sampled_from(".....##D")
    return (["".join(draw(st.lists(cells, min_size=cols, max_size=cols)))
             for _ in range(rows)],)


def arguments():
    return _small()


def invariant(args, result):
    (grid,) = args
    if len(result) != len(grid) or any(len(row) != len(line)
                                       for row, line in zip(result, grid, strict=False)):
        return "the answer must have the same shape as the grid"
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            if (cell == "D") != (result[r][c] == 0):
                return f"cell [{r}, {c}] is {cell!r} but its entry is {result[r][c]}"
            if cell == "#" and result[r][c] != -1:
                return f"wall [{r}, {c}] must be -1, got {result[r][c]}"
    return None


def scale(rng, n):
    """About n cells with a dock on one cell in fifty: searching from each dock is quadratic."""
    cols = max(1, int(n ** 0.5))
    rows = max(1, n // cols)
    return (_random_grid(rng, rows, cols, 0.1, 0.02),)
