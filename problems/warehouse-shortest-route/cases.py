import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([".....",
           ".###.",
           "...#.",
           "##.#.",
           "....."], [0, 0], [4, 0]), expected=8,
         note="down the left edge, round the lower shelves, then back left along the bottom row"),
    Case(([".#.",
           "##.",
           "..."], [0, 0], [2, 2]), expected=-1, note="the start is boxed in"),
    Case(([".."], [0, 1], [0, 1]), expected=0, note="already at the goal"),
]


def _serpentine(rows: int, cols: int) -> list[str]:
    """Open rows separated by shelf rows with one gap, alternating between the two ends:
    the only route visits almost every cell, and half of its rows run right to left."""
    grid = []
    for r in range(rows):
        if r % 2 == 0:
            grid.append("." * cols)
        elif r % 4 == 1:
            grid.append("#" * (cols - 1) + ".")
        else:
            grid.append("." + "#" * (cols - 1))
    return grid


def _random_grid(rng: random.Random, rows: int, cols: int, wall: float) -> list[str]:
    grid = ["".join("#" if rng.random() < wall else "." for _ in range(cols))
            for _ in range(rows)]
    first = "." + grid[0][1:]
    grid[0] = first
    grid[-1] = grid[-1][:-1] + "."
    return grid


_rng = random.Random(2024)
_SNAKE = _serpentine(401, 498)

HIDDEN = [
    Case((["."], [0, 0], [0, 0]), note="a single cell"),
    Case(([".#."], [0, 0], [0, 2]), note="one row, blocked"),
    Case(([".", ".", ".", "."], [3, 0], [0, 0]), note="one column, upwards"),
    Case((["....", "....", "...."], [0, 0], [2, 3]), note="no shelves"),
    Case(([".#..", ".#.#", "...."], [0, 0], [0, 2]), note="must go down and back up"),
    Case(([".##", "#.#", "##."], [0, 0], [2, 2]), note="diagonal neighbours only"),
    Case(([".....", ".###.", ".#.#.", ".###.", "....."], [0, 0], [2, 2]),
         note="the goal is walled in"),
    Case((["." * 200_000], [0, 0], [0, 199_999]), note="largest, one long corridor"),
    Case((_random_grid(_rng, 400, 500, 0.3), [0, 0], [399, 499]),
         note="largest, random shelves"),
    Case((_SNAKE, [0, 0], [400, 0]), note="largest, winding maze"),
]


def generate(rng):
    rows, cols = rng.randint(1, 60), rng.randint(1, 60)
    grid = _random_grid(rng, rows, cols, rng.choice([0.1, 0.3, 0.45]))
    return grid, [0, 0], [rows - 1, cols - 1]


@st.composite
def _small(draw):
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cells = draw(st.lists(st.sampled_from(".#"), min_size=rows * cols, max_size=rows * cols))
    sr, gr = draw(st.integers(0, rows - 1)), draw(st.integers(0, rows - 1))
    sc, gc = draw(st.integers(0, cols - 1)), draw(st.integers(0, cols - 1))
    cells[sr * cols + sc] = "."
    cells[gr * cols + gc] = "."
    grid = ["".join(cells[r * cols:(r + 1) * cols]) for r in range(rows)]
    return grid, [sr, sc], [gr, gc]


def arguments():
    return _small()


def invariant(args, result):
    grid, start, goal = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result == -1:
        return None
    manhattan = abs(start[0] - goal[0]) + abs(start[1] - goal[1])
    if result < manhattan or (result - manhattan) % 2:
        return (f"{result} steps cannot join {start} and {goal}: a route needs at least "
                f"{manhattan} steps and the same parity")
    return None


def scale(rng, n):
    """A winding maze of about n cells: the route length grows linearly with n."""
    cols = max(2, int(n ** 0.5))
    rows = max(1, n // cols)
    if rows % 2 == 0:
        rows -= 1
    grid = _serpentine(max(rows, 1), cols)
    goal_col = 0 if (len(grid) // 2) % 2 else cols - 1
    return grid, [0, 0], [len(grid) - 1, goal_col]
