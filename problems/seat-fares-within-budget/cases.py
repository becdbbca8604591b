import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 4, 7, 11],
           [2, 5, 8, 12],
           [3, 6, 9, 16],
           [10, 13, 14, 17]], [5, 0, 9, 20]), expected=[5, 0, 9, 16],
         note="budget 5 affords 1, 2, 3, 4 and 5; read row after row the table is not sorted"),
    Case(([[2, 2, 3],
           [2, 3, 3]], [2, 3, 1]), expected=[3, 6, 0],
         note="repeated fares: a fare equal to the budget counts"),
    Case(([], [4]), expected=[0], note="an empty table"),
]


def sorted_table(rng: random.Random, rows: int, cols: int, step: int,
                 low: int = -10**9) -> list[list[int]]:
    """Each cell is at least the larger of the cells above and to its left."""
    table = []
    above = [low] * cols
    for _ in range(rows):
        row, left = [], low
        for c in range(cols):
            value = max(above[c], left) + rng.randint(0, step)
            row.append(value)
            left = value
        table.append(row)
        above = row
    return table


def _budgets(rng: random.Random, table: list[list[int]], count: int) -> list[int]:
    cells = [value for row in table for value in row]
    low, high = min(cells), max(cells)
    picks = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.4:
            picks.append(rng.choice(cells))  # a fare in the table: <= and < differ
        elif roll < 0.45:
            picks.append(rng.choice(cells) - 1)
        else:
            picks.append(rng.randint(max(-10**9, low - 3), min(10**9, high + 3)))
    return picks


_rng = random.Random(2813)
_big = sorted_table(_rng, 700, 700, 4000)
_flat = sorted_table(_rng, 700, 700, 1, low=-3)
_wide = sorted_table(_rng, 1, 700, 5)
_tall = sorted_table(_rng, 700, 1, 5)

HIDDEN = [
    Case(([[]], [0, 5]), note="one empty row"),
    Case(([[], [], []], [-10**9]), note="three empty rows"),
    Case(([[1, 2], [3, 4]], []), note="no budgets"),
    Case(([[7]], [6, 7, 8]), note="a single cell: below, equal, above"),
    Case(([[1, 3, 3, 5, 9]], [3, 4, 0, 9, 10]), note="a single row"),
    Case(([[-4], [-4], [0], [6]], [-4, -5, 5, 6]), note="a single column"),
    Case(([[5, 5], [5, 5]], [4, 5]), note="all fares equal"),
    Case(([[1, 10], [2, 11], [3, 12]], [2, 10, 3, 11]), note="tall: the counts differ by row"),
    Case(([[1, 2, 3], [10, 11, 12]], [2, 10, 11, 12, 3]), note="wide"),
    Case(([[1, 5, 9], [2, 6, 10], [3, 7, 11]], [4, 8, 1, 2, 3, 5, 6, 9, 10, 11]),
         note="column-major table: read row after row it is not sorted"),
    Case(([[1, 2, 8], [4, 6, 9], [7, 9, 12]], [5, 6, 7, 8, 9]),
         note="the affordable cells are not a prefix of the table read row after row"),
    Case(([[-10**9, 0], [0, 10**9]], [10**9, -10**9, -1, 0, 10**9 - 1]),
         note="extreme fares and budgets"),
    Case(([[1, 1, 4], [1, 3, 4], [2, 3, 4]], [1, 2, 3, 4]), note="repeated fares"),
    Case((_wide, _budgets(_rng, _wide, 3000)), note="largest single row"),
    Case((_tall, _budgets(_rng, _tall, 3000)), note="largest single column"),
    Case((_flat, _budgets(_rng, _flat, 5000)), note="largest, many repeated fares"),
    Case((_big, _budgets(_rng, _big, 5000)), note="largest"),
]


def generate(rng):
    rows, cols = rng.randint(1, 40), rng.randint(1, 40)
    table = sorted_table(rng, rows, cols, rng.choice([1, 3, 10**6]))
    return table, _budgets(rng, table, rng.randint(1, 60))


@st.composite
def _small(draw):
    rows = draw(st.integers(0, 6))
    cols = draw(st.integers(0, 6))
    values = draw(st.lists(st.integers(-9, 9), min_size=rows * cols, max_size=rows * cols))
    table = [sorted(values[r * cols:(r + 1) * cols]) for r in range(rows)]
    table = [list(row) for row in zip(*[sorted(column) for column in zip(*table)])] \
        if rows and cols else table  # sorting rows, then columns, keeps the rows sorted
    budgets = draw(st.lists(st.integers(-11, 11), max_size=8))
    return table, budgets


def arguments():
    return _small()


def invariant(args, result):
    fares, budgets = args
    cells = sum(len(row) for row in fares)
    if not isinstance(result, list) or len(result) != len(budgets):
        return f"expected a list of {len(budgets)} counts"
    if any(not isinstance(x, int) or isinstance(x, bool) or not 0 <= x <= cells
           for x in result):
        return f"every count must be an int between 0 and {cells}"
    return None


def scale(rng, n):
    """An n x n table and n budgets: the staircase grows like n^2, a scan of every cell per
    budget like n^3."""
    table = sorted_table(rng, n, n, 100)
    return table, _budgets(rng, table, n)
