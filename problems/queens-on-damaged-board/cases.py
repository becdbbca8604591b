import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((4, []), expected=2, note="an intact 4 x 4 board"),
    Case((4, [[0, 1]]), expected=1, note="one of the two placements needs the broken square"),
    Case((1, [[0, 0]]), expected=0, note="the only square is broken"),
]


def _squares(rng: random.Random, n: int, count: int) -> list[list[int]]:
    return [[rng.randrange(n), rng.randrange(n)] for _ in range(count)]


_rng = random.Random(808)

HIDDEN = [
    Case((1, []), note="a single square"),
    Case((2, []), note="n = 2 has no placement"),
    Case((3, []), note="n = 3 has no placement"),
    Case((5, [[2, 2], [2, 2], [2, 2]]), note="the same broken square listed three times"),
    Case((4, [[0, 1], [0, 1]]), note="the same broken square listed twice"),
    Case((4, [[0, 0]] * 13), note="more entries than n * n - n, all one square off both placements"),
    Case((6, [[r, c] for r in range(6) for c in range(6)]), note="every square broken"),
    Case((6, [[0, c] for c in range(6)]), note="a whole row broken"),
    Case((8, [[3, 3], [4, 4]]), note="queens attack across broken squares"),
    Case((8, _squares(_rng, 8, 10)), note="random damage"),
    Case((10, _squares(_rng, 10, 5)), note="a large board, light damage"),
    Case((11, []), note="largest, intact"),
    Case((11, [[r, r] for r in range(11)]), note="largest, the main diagonal broken"),
    Case((11, _squares(_rng, 11, 30)), note="largest, heavy damage"),
    Case((11, [[5, 5]] * 121), note="largest, n * n entries that repeat one square"),
]


def generate(rng):
    n = rng.randint(1, 9)
    return n, _squares(rng, n, rng.randint(0, n * 2))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 6))
    square = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    return n, draw(st.lists(square, max_size=8))


def arguments():
    return _small()


def invariant(args, result):
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result < 0:
        return "a count cannot be negative"
    return None
