import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 1], [3, 0], [-1, -1], [0, 2]], [0, 0], 3), expected=[0, 2, 3],
         note="lockers 0 and 2 are equally near, so the smaller index comes first"),
    Case(([[4, 6], [2, 2], [-1, 2]], [2, 2], 2), expected=[1, 2],
         note="a locker at the home itself is at distance 0"),
]

BIG = 10**9
N = 200_000


def _points(rng: random.Random, n: int, low: int, high: int) -> list[list[int]]:
    return [[rng.randint(low, high), rng.randint(low, high)] for _ in range(n)]


_rng = random.Random(6421)

HIDDEN = [
    Case(([], [0, 0], 0), note="no lockers"),
    Case(([[1, 2], [3, 4]], [0, 0], 0), note="k = 0"),
    Case(([[-7, 3]], [5, 5], 1), note="a single locker"),
    Case(([[2, 0], [0, 1], [-3, 0], [0, -1], [1, 1]], [0, 0], 5),
         note="k = n: every locker, in order"),
    Case(([[4, 4]] * 6, [0, 0], 4), note="every locker at the same point"),
    Case(([[0, 5], [0, 1], [5, 0], [-5, 0], [0, 0], [3, 4]], [0, 0], 3),
         note="ties at the k-th place: the smaller indices make the cut"),
    Case(([[3, 4], [5, 0], [0, -5], [-4, 3], [1, 1]], [0, 0], 2),
         note="four lockers tied just behind the nearest one"),
    Case(([[BIG, 1], [BIG, 0]], [0, 0], 1),
         note="squared distances 10**18 + 1 and 10**18: equal as floats, not as ints"),
    Case(([[BIG, j] for j in range(5, -1, -1)], [0, 0], 3),
         note="near-ties at 10**9 that only exact arithmetic orders"),
    Case(([[-BIG, -BIG], [BIG, BIG], [BIG, -BIG], [-BIG, BIG]], [BIG, BIG], 4),
         note="extreme corners: squared distance up to 8 * 10**18"),
    Case(([[-BIG, -BIG + 1], [-BIG + 1, -BIG], [-BIG, -BIG]], [BIG, BIG], 2),
         note="the farthest points the range allows"),
    Case(([[-3, -8], [-6, -2], [-1, -1], [-4, -4]], [-5, -5], 2), note="negative coordinates"),
    Case(([[i % 7 - 3, i % 5 - 2] for i in range(40)], [0, 0], 17),
         note="many duplicates around the home"),
    Case((_points(_rng, N, -BIG, BIG), _points(_rng, 1, -BIG, BIG)[0], N // 2),
         note="largest: half of the lockers wanted"),
    Case((_points(_rng, N, -BIG, BIG), [0, 0], 1), note="largest: only the nearest"),
    Case((_points(_rng, N, -5, 5), [0, 0], 1000), note="largest: heavily tied distances"),
    Case((_points(_rng, N, -BIG, BIG), [BIG, -BIG], N), note="largest: every locker"),
]


def generate(rng):
    n = rng.randint(0, 2000)
    spread = rng.choice([3, 100, BIG])
    home = [rng.randint(-spread, spread), rng.randint(-spread, spread)]
    return _points(rng, n, -spread, spread), home, rng.randint(0, n)


_point = st.tuples(st.integers(-4, 4), st.integers(-4, 4)).map(list)


def arguments():
    return st.tuples(st.lists(_point, max_size=12), _point, st.integers(0, 12)).map(
        lambda drawn: (drawn[0], drawn[1], min(drawn[2], len(drawn[0]))))


def invariant(args, result):
    lockers, _, k = args
    if len(result) != k or len(set(result)) != k:
        return f"expected {k} distinct indices"
    return None


def scale(rng, n):
    """n lockers, half of them wanted: picking the nearest remaining one k times grows like
    n^2."""
    return _points(rng, n, -BIG, BIG), [0, 0], n // 2
