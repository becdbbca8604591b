import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["##.",
           "#..",
           ".##"],), expected=[6, 1, 1],
         note="(1, 1) and (2, 0) both join the island of 3 to the island of 2: "
              "(1, 1) comes first"),
    Case((["###",
           "#.#",
           "###"],), expected=[9, 1, 1],
         note="the ring touches the hole on four sides but is counted once"),
    Case((["##",
           "##"],), expected=[4, -1, -1], note="no water: nothing to fill"),
]


def snake(rows: int, cols: int) -> list[str]:
    """One island of width 1 winding through every other row, from (0, 0)."""
    chart = []
    for r in range(rows):
        if r % 2 == 0:
            chart.append("#" * cols)
        elif r % 4 == 1:
            chart.append("." * (cols - 1) + "#")
        else:
            chart.append("#" + "." * (cols - 1))
    return chart


def _random(rng: random.Random, rows: int, cols: int, land: float) -> list[str]:
    return ["".join("#" if rng.random() < land else "." for _ in range(cols))
            for _ in range(rows)]


_rng = random.Random(2814)

HIDDEN = [
    Case(([],), note="an empty chart"),
    Case(([""],), note="one empty row"),
    Case((["", "", ""],), note="three empty rows"),
    Case((["#"],), note="a single land cell"),
    Case((["."],), note="a single water cell"),
    Case((["...", "..."],), note="all water: the first cell"),
    Case((["####", "####", "####"],), note="all land"),
    Case((["#.#.##"],), note="a single row"),
    Case((["#", "#", ".", "#", "."],), note="a single column"),
    Case((["#.", ".#"],), note="corners do not connect"),
    Case((["#.#", ".#.", "#.#"],), note="five single cells: each water cell joins three"),
    Case((["##.", "#.#", ".##"],),
         note="(0, 2) and (1, 1) join the same two islands; (1, 1) touches each twice"),
    Case((["###", "#.#", "#.#", "###"],), note="one ring, two water cells inside"),
    Case((["....#", "#....", "....."],), note="tie: the first cell in row order wins"),
    Case((["##..#", "..##.", ".##..", "#.#.."],),
         note="tie between (0, 2) and (1, 1): the smaller row wins over the smaller column"),
    Case((["...#.", "##.#.", "#.###", "..#.."],),
         note="tie between (1, 2) and (2, 1): the smaller row wins"),
    Case((["##..##", "......", "##..##"],), note="ties along the middle row"),
    Case((["#.##.#", "#....#"],), note="(0, 1) and (0, 4) both give 5: the first wins"),
    Case((["##.##", ".....", "##.##"],), note="the fill joins two islands in a row"),
    Case((["#####", "#...#", "#.#.#", "#...#", "#####"],),
         note="filling next to the inner island joins it to the ring around it"),
    Case((snake(500, 500),), note="largest, one winding island 125,251 cells long"),
    Case((_random(_rng, 500, 500, 0.58),), note="largest, random coast"),
    Case((["#" * 500] * 500,), note="largest, all land"),
    Case((["." * 500] * 500,), note="largest, all water"),
    Case((["".join("#."[(r + c) % 2] for c in range(500)) for r in range(500)],),
         note="largest, checkerboard"),
    Case((["#" * 249_999 + "."],), note="largest single row"),
    Case((["#"] * 124_999 + ["."] + ["#"] * 125_000,), note="largest single column"),
]


def generate(rng):
    rows, cols = rng.randint(1, 70), rng.randint(1, 70)
    return (_random(rng, rows, cols, rng.choice([0.3, 0.5, 0.6, 0.8, 0.95])),)


@st.composite
def _small(draw):
    rows = draw(st.integers(0, 6))
    cols = draw(st.integers(0, 6))
    return (["".join(draw(st.lists(st.sampled_from("#."), min_size=cols, max_size=cols)))
             for _ in range(rows)],)


def arguments():
    return _small()


def invariant(args, result):
    (chart,) = args
    cells = sum(len(row) for row in chart)
    if not isinstance(result, list) or len(result) != 3 \
            or any(not isinstance(x, int) or isinstance(x, bool) for x in result):
        return "expected a list of three ints"
    area, row, col = result
    if (row, col) == (-1, -1):
        return None if area == cells else f"with nothing filled the area must be {cells}"
    if not (0 <= row < len(chart) and 0 <= col < len(chart[row])) or chart[row][col] != ".":
        return f"({row}, {col}) is not a water cell of the chart"
    return None


def scale(rng, n):
    """A winding island over about n cells: filling each water cell and searching again
    grows like n^2."""
    cols = max(4, int(n ** 0.5))
    return (snake(max(2, n // cols), cols),)
