import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 1, 2],
           [3, 1, 2],
           [3, 3, 1]],), expected=4,
         note="the 1 in the bottom-right corner touches the other 1s only at a corner"),
    Case(([[5, 7, 5, 7]],), expected=4, note="two patches of each colour"),
    Case(([],), expected=0, note="an empty map"),
]


def _winding(rows: int, cols: int) -> list[list[int]]:
    """A snake of colour 1 on a background of colour 0 that fills most of the grid."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append([1] * cols)
        elif r % 4 == 1:
            grid.append([0] * (cols - 1) + [1])
        else:
            grid.append([1] + [0] * (cols - 1))
    return grid


def _random(rng: random.Random, rows: int, cols: int, colours: list[int]) -> list[list[int]]:
    return [[rng.choice(colours) for _ in range(cols)] for _ in range(rows)]


_rng = random.Random(31)

HIDDEN = [
    Case(([[42]],), note="a single cell"),
    Case(([[-3, -3, -3]],), note="one row, one colour"),
    Case(([[4], [4], [-4], [4]],), note="one column"),
    Case(([[0, 1], [1, 0]],), note="a checkerboard: corners do not connect"),
    Case(([[2, 2, 2], [2, 9, 2], [2, 2, 2]],), note="a ring around a hole"),
    Case(([[10**9, -10**9], [-10**9, 10**9]],), note="extreme colour codes"),
    Case(([[7] * 3 for _ in range(3)],), note="all one colour"),
    Case(([[10**9, 10**9, -10**9], [123_456_789, -10**9, -10**9], [123_456_789] * 3],),
         note="large colour codes: equal values, not the same object"),
    Case(([[1, 2, 1], [2, 2, 2], [1, 2, 1]],), note="same colour, four separate corners"),
    Case(([[0] * 500 for _ in range(400)],), note="largest, one region"),
    Case((_random(_rng, 400, 500, [0, 1, 2]),), note="largest, random paint"),
    Case(([[(r + c) % 2 for c in range(500)] for r in range(400)],),
         note="largest, checkerboard"),
    Case((_winding(401, 498),), note="largest, winding region"),
]


def generate(rng):
    rows, cols = rng.randint(1, 60), rng.randint(1, 60)
    colours = rng.sample([-10**9, -7_654_321, 0, 1, 2, 987_654_321, 10**9], rng.randint(1, 4))
    return (_random(rng, rows, cols, colours),)


@st.composite
def _small(draw):
    rows = draw(st.integers(0, 5))
    if rows == 0:
        return ([],)
    cols = draw(st.integers(1, 5))
    colour = st.integers(-2, 2)
    return ([draw(st.lists(colour, min_size=cols, max_size=cols)) for _ in range(rows)],)


def arguments():
    return _small()


def invariant(args, result):
    (grid,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    cells = sum(len(row) for row in grid)
    colours = len({value for row in grid for value in row})
    if not colours <= result <= cells:
        return f"{result} regions is impossible: there are {colours} colours and {cells} cells"
    return None


def scale(rng, n):
    """A winding one-colour region over about n cells."""
    cols = max(2, int(n ** 0.5))
    return (_winding(max(1, n // cols), cols),)
