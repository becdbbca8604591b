import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([10, 20, 30, 40], [20, 10, 40, 30]), expected=2,
         note="the pairs {10, 20} and {30, 40} are swapped"),
    Case(([7, -3, 5], [5, -3, 7]), expected=3, note="one ranking is the other reversed"),
    Case(([4, 8], [4, 8]), expected=0),
]

N = 60_000


def _shuffled(rng: random.Random, items: list[int]) -> list[int]:
    out = list(items)
    rng.shuffle(out)
    return out


def _near(rng: random.Random, items: list[int], swaps: int) -> list[int]:
    out = list(items)
    for _ in range(swaps):
        i = rng.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return out


_rng = random.Random(77)
_ids = _rng.sample(range(-10**9, 10**9 + 1), N)

HIDDEN = [
    Case(([], []), note="empty rankings"),
    Case(([5], [5]), note="a single item"),
    Case(([1, 2], [2, 1]), note="two items swapped"),
    Case(([-5, -1, -9, 0], [0, -9, -5, -1]), note="negative ids"),
    Case(([10**9, -10**9, 0], [-10**9, 0, 10**9]), note="extreme ids"),
    Case(([3, 1, 2], [3, 1, 2]), note="identical rankings, unsorted ids"),
    Case((list(range(N)), list(range(N))[::-1]), note="largest, fully reversed"),
    Case((_ids, _shuffled(_rng, _ids)), note="largest, unrelated rankings"),
    Case((_ids, _near(_rng, _ids, 1000)), note="largest, nearly the same"),
]


def generate(rng):
    n = rng.randint(0, 2000)
    ids = rng.sample(range(-10**6, 10**6), n)
    return ids, _shuffled(rng, ids)


@st.composite
def _small(draw):
    ids = draw(st.lists(st.integers(-20, 20), unique=True, max_size=12))
    return ids, draw(st.permutations(ids))


def arguments():
    return _small()


def invariant(args, result):
    first, _ = args
    n = len(first)
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if not 0 <= result <= n * (n - 1) // 2:
        return f"{result} is not between 0 and n * (n - 1) / 2 = {n * (n - 1) // 2}"
    return None


def scale(rng, n):
    ids = rng.sample(range(-10**9, 10**9 + 1), n)
    return ids, _shuffled(rng, ids)
