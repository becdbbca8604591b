import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 2, 3, 4],
           [5, 6, 7, 8],
           [9, 10, 11, 12]],), expected=[1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7],
         note="3 rows, 4 columns: the middle row 6, 7 is left inside and read once"),
    Case(([[7, -2],
           [4, 0],
           [9, 9]],), expected=[7, -2, 0, 9, 9, 4],
         note="3 rows, 2 columns; codes may repeat"),
    Case(([],), expected=[], note="an empty wall"),
]


def _numbered(rows: int, cols: int, start: int = 0) -> list[list[int]]:
    return [[start + r * cols + c for c in range(cols)] for r in range(rows)]


def _random(rng: random.Random, rows: int, cols: int) -> list[list[int]]:
    return [[rng.randint(-10**9, 10**9) for _ in range(cols)] for _ in range(rows)]


_rng = random.Random(2811)

HIDDEN = [
    Case(([[]],), note="one empty row"),
    Case(([[], [], []],), note="three empty rows"),
    Case(([[5]],), note="a single bin"),
    Case(([[3, 1, 4, 1, 5, 9]],), note="a single row"),
    Case(([[2], [7], [1], [8]],), note="a single column"),
    Case((_numbered(2, 2),), note="2 x 2"),
    Case((_numbered(3, 3),), note="3 x 3: the centre bin is read last"),
    Case((_numbered(4, 4),), note="4 x 4"),
    Case((_numbered(3, 5),), note="3 x 5: a middle row is left inside"),
    Case((_numbered(5, 3),), note="5 x 3: a middle column is left inside"),
    Case((_numbered(2, 6),), note="2 x 6"),
    Case((_numbered(6, 2),), note="6 x 2"),
    Case((_numbered(4, 7),), note="4 x 7"),
    Case((_numbered(7, 4),), note="7 x 4"),
    Case((_numbered(5, 8),), note="5 x 8: a middle row of length 4 is left inside"),
    Case((_numbered(8, 5),), note="8 x 5: a middle column of length 4 is left inside"),
    Case((_numbered(6, 7),), note="6 x 7"),
    Case((_numbered(7, 6),), note="7 x 6"),
    Case(([[0, 0, 0], [0, 0, 0]],), note="all codes equal"),
    Case(([[10**9, -10**9], [-10**9, 10**9], [0, 1]],), note="extreme codes"),
    Case((_random(_rng, 400, 500),), note="largest, 400 x 500"),
    Case((_numbered(447, 447),), note="largest square"),
    Case((_numbered(1, 200_000),), note="largest single row"),
    Case(([[i] for i in range(200_000)],), note="largest single column"),
    Case((_numbered(3, 66_666),), note="largest, three long rows"),
    Case((_numbered(66_666, 3),), note="largest, three long columns"),
    Case(([[] for _ in range(200_000)],), note="many empty rows"),
]


def generate(rng):
    rows, cols = rng.randint(1, 90), rng.randint(1, 90)
    return (_random(rng, rows, cols),)


@st.composite
def _small(draw):
    rows = draw(st.integers(0, 7))
    cols = draw(st.integers(0, 7))
    values = draw(st.lists(st.integers(-20, 20), min_size=rows * cols, max_size=rows * cols))
    return ([values[r * cols:(r + 1) * cols] for r in range(rows)],)


def arguments():
    return _small()


def invariant(args, result):
    (wall,) = args
    cells = [value for row in wall for value in row]
    if not isinstance(result, list):
        return f"expected a list, got {type(result).__name__}"
    if len(result) != len(cells):
        return f"the wall has {len(cells)} bins but {len(result)} codes were returned"
    if sorted(result) != sorted(cells):
        return "the codes returned are not the wall's codes, each bin once"
    return None
