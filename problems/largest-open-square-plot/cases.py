import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["10100", "10111", "11111", "10010"],), expected=[2, 1, 2],
         note="two 2 x 2 squares: rows 1-2 at columns 2-3 and 3-4; the left one wins"),
    Case((["0111", "1111", "1111", "0110"],), expected=[3, 0, 1],
         note="a 3 x 3 square in rows 0-2, columns 1-3"),
    Case((["000", "000"],), expected=[0, -1, -1], note="nothing buildable"),
]


def _random_land(rng: random.Random, rows: int, cols: int, open_share: float) -> list[str]:
    return ["".join("1" if rng.random() < open_share else "0" for _ in range(cols))
            for _ in range(rows)]


def _with_hole(rows: int, cols: int, holes: list[tuple[int, int]]) -> list[str]:
    grid = [["1"] * cols for _ in range(rows)]
    for r, c in holes:
        grid[r][c] = "0"
    return ["".join(row) for row in grid]


_rng = random.Random(5150)

HIDDEN = [
    Case(([],), note="empty map"),
    Case(([""],), note="one row of length 0"),
    Case((["1"],), note="a single buildable cell"),
    Case((["0"],), note="a single blocked cell"),
    Case((["0001000"],), note="one row"),
    Case((["0", "0", "1", "1"],), note="one column: the topmost 1 wins"),
    Case((["11", "11"],), note="all open"),
    Case((["1011", "1111", "1111"],), note="ties: the top row beats a more-left square below"),
    Case((["110011", "110011"],), note="ties on the same row: the leftmost"),
    Case((["0111", "0111", "0111", "1110"],), note="a 3 x 3 square touching the right edge"),
    Case((["1111", "1101", "1111", "1111"],), note="a hole breaks the 4 x 4 square"),
    Case((["11110", "11110", "11111", "11111", "01111"],), note="overlapping large squares"),
    Case((_with_hole(600, 600, []),), note="largest, all open"),
    Case((_with_hole(600, 600, [(0, 0), (599, 599), (300, 2)]),), note="largest, three holes"),
    Case((_random_land(_rng, 500, 800, 0.93),), note="largest, random"),
    Case((["1" * 1000],), note="a single row of 1000"),
    Case((["0"] * 999 + ["1"],), note="a single column of 1000"),
    Case((_random_land(_rng, 1000, 400, 0.97),), note="largest, tall"),
]


def generate(rng):
    rows, cols = rng.randint(1, 80), rng.randint(1, 80)
    return (_random_land(rng, rows, cols, rng.choice([0.5, 0.8, 0.95])),)


@st.composite
def _small(draw):
    rows = draw(st.integers(0, 6))
    cols = draw(st.integers(0, 6))
    row = st.text(alphabet="01", min_size=cols, max_size=cols)
    return (draw(st.lists(row, min_size=rows, max_size=rows)),)


def arguments():
    return _small()


def invariant(args, result):
    (land,) = args
    if not isinstance(result, list) or len(result) != 3:
        return "expected a list [side, top, left]"
    side, top, left = result
    if side == 0:
        return None if (top, left) == (-1, -1) else "with side 0 return [0, -1, -1]"
    if top < 0 or left < 0 or top + side > len(land) or left + side > len(land[0]):
        return f"the square {result} does not fit in the map"
    for r in range(top, top + side):
        if "0" in land[r][left:left + side]:
            return f"the square {result} covers a 0 in row {r}"
    return None


def scale(rng, n):
    """A square map of about n cells (n up to 400000), 95% buildable."""
    side = max(1, int(n ** 0.5))
    return (_random_land(rng, side, side, 0.95),)
