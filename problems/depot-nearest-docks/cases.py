import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[3, 4], [1, -1], [0, 2], [-2, 0], [6, 0]], 3), expected=[1, 2, 3],
         note="squared distances 25, 2, 4, 4, 36: docks 1, 2 and 3 are nearest"),
    Case(([[0, 5], [4, 3], [-1, 1], [5, 0], [-3, -4]], 3), expected=[0, 1, 2],
         note="docks 0, 1, 3 and 4 are tied at 25 behind dock 2; the two smaller indices, "
              "0 and 1, make the cut"),
    Case(([[2, 2], [0, 0]], 2), expected=[0, 1],
         note="k = n: every dock, in index order; dock 1 stands at the depot"),
]

BIG = 10**9
N = 200_000


def _points(rng: random.Random, n: int, low: int, high: int) -> list[list[int]]:
    return [[rng.randint(low, high), rng.randint(low, high)] for _ in range(n)]


def _outward(n: int) -> list[list[int]]:
    """Docks along a line, each farther than the one before: sorted input, which stalls a
    quickselect that always takes the first element as its pivot."""
    return [[i * 5000 - BIG, -i * 3000] for i in range(n)]


_rng = random.Random(7317)

HIDDEN = [
    Case(([], 0), note="no docks"),
    Case(([[1, 2], [3, 4]], 0), note="k = 0"),
    Case(([[-7, 3]], 1), note="a single dock"),
    Case(([[0, 0]], 0), note="a single dock at the depot, k = 0"),
    Case(([[2, 0], [0, 1], [-3, 0], [0, -1], [1, 1]], 5), note="k = n"),
    Case(([[5, 5], [1, 0], [9, 9], [0, -2]], 4), note="k = n, not in distance order"),
    Case(([[4, 4]] * 6, 4), note="every dock at the same point"),
    Case(([[0, 5], [0, 1], [5, 0], [-5, 0], [0, 0], [3, 4]], 3),
         note="ties at the k-th place: the smaller indices make the cut"),
    Case(([[3, 4], [5, 0], [0, -5], [-4, 3], [1, 1]], 2),
         note="four docks tied just behind the nearest one"),
    Case(([[9, 9], [3, 4], [0, 1], [5, 0], [-4, -3]], 3),
         note="tied docks at the k-th place, a smaller index both before and after the cut"),
    Case(([[BIG, 1], [BIG, 0]], 1),
         note="squared distances 10**18 + 1 and 10**18: equal as floats, not as ints"),
    Case(([[BIG, j] for j in range(5, -1, -1)], 3),
         note="near-ties at 10**9 that only exact arithmetic orders"),
    Case(([[-BIG, BIG], [BIG, -BIG + 1], [-BIG, -BIG], [BIG - 1, BIG]], 2),
         note="the corners of the range: squared distances near 2 * 10**18"),
    Case(([[-3, -8], [-6, -2], [-1, -1], [-4, -4], [-2, 0]], 2), note="negative coordinates"),
    Case(([[i % 7 - 3, i % 5 - 2] for i in range(40)], 17),
         note="many duplicates around the depot"),
    Case(([[1, 0], [2, 0], [3, 0], [4, 0], [5, 0], [6, 0]], 1), note="k = 1, nearest first"),
    Case(([[6, 0], [5, 0], [4, 0], [3, 0], [2, 0], [1, 0]], 1), note="k = 1, nearest last"),
    Case(([[6, 0], [5, 0], [4, 0], [3, 0], [2, 0], [1, 0]], 5), note="k = n - 1"),
    Case((_points(_rng, N, -BIG, BIG), N // 2), note="largest: half of the docks"),
    Case((_points(_rng, N, -BIG, BIG), 1), note="largest: only the nearest"),
    Case((_points(_rng, N, -5, 5), 1000), note="largest: heavily tied distances"),
    Case((_points(_rng, N, -BIG, BIG), N), note="largest: every dock"),
    Case((_outward(N), N // 2), note="largest: docks already in distance order"),
    Case((_outward(N)[::-1], N - 7), note="largest: docks in reverse distance order"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    spread = rng.choice([3, 100, BIG])
    return _points(rng, n, -spread, spread), rng.randint(0, n)


_point = st.tuples(st.integers(-4, 4), st.integers(-4, 4)).map(list)


def arguments():
    return st.tuples(st.lists(_point, max_size=12), st.integers(0, 12)).map(
        lambda drawn: (drawn[0], min(drawn[1], len(drawn[0]))))


def invariant(args, result):
    docks, k = args
    if len(result) != k or len(set(result)) != k:
        return f"expected {k} distinct indices"
    if list(result) != sorted(result):
        return "the indices must be in increasing order"
    return None


def scale(rng, n):
    """n docks, half of them wanted: picking the nearest remaining one k times grows like
    n^2."""
    return _points(rng, n, -BIG, BIG), n // 2
