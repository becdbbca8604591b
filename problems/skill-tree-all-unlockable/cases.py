import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((4, [[1, 0], [2, 1], [3, 1]]), expected=True,
         note="unlock 0, then 1, then 2 and 3"),
    Case((3, [[0, 1], [1, 2], [2, 0]]), expected=False,
         note="0 needs 1, 1 needs 2 and 2 needs 0: none of them can go first"),
    Case((3, [[2, 2], [0, 1]]), expected=False, note="skill 2 needs itself"),
]

N_MAX = 50_000
M_MAX = 100_000


def _random_dag(rng: random.Random, n: int, m: int) -> list[list[int]]:
    # every pair needs a skill placed later in a random ranking
    if n < 2:
        return []
    rank = list(range(n))
    rng.shuffle(rank)
    needs = []
    while len(needs) < m:
        i, j = rng.randrange(n), rng.randrange(n)
        if i == j:
            continue
        if i > j:
            i, j = j, i
        needs.append([rank[i], rank[j]])
    return needs


def _chain(n: int) -> list[list[int]]:
    # skill i needs skill i + 1: one route n skills long
    return [[i, i + 1] for i in range(n - 1)]


def _ladder(n: int) -> list[list[int]]:
    # rungs of three skills: t needs x and y, and both need the next rung's t.
    # From any t there are 2 ** (rungs below) distinct routes down the ladder.
    needs = []
    rungs = n // 3
    for r in range(rungs):
        t, x, y = 3 * r, 3 * r + 1, 3 * r + 2
        needs += [[t, x], [t, y]]
        if r + 1 < rungs:
            needs += [[x, t + 3], [y, t + 3]]
    return needs


def _with_long_cycle(rng: random.Random, n: int, m: int) -> list[list[int]]:
    # a chain 0 -> 1 -> ... -> n-1, extra pairs that only skip forward along it, then the
    # one pair that closes the circle
    needs = _chain(n)
    while len(needs) < m - 1:
        i, j = rng.randrange(n), rng.randrange(n)
        if i < j:
            needs.append([i, j])
    rng.shuffle(needs)
    needs.append([n - 1, 0])
    return needs


_rng = random.Random(280601)

HIDDEN = [
    Case((0, []), note="no skills"),
    Case((1, []), note="a single skill"),
    Case((1, [[0, 0]]), note="a single skill that needs itself"),
    Case((5, [[3, 3]]), note="a self-need among unrelated skills"),
    Case((2, [[0, 1], [1, 0]]), note="two skills needing each other"),
    Case((4, [[0, 1], [0, 1], [0, 1], [2, 3], [2, 3]]), note="repeated pairs, no circle"),
    Case((3, [[2, 0], [2, 0], [0, 1], [1, 2]]), note="repeated pairs on a circle"),
    Case((6, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4]]), note="a diamond: two routes to 3"),
    Case((7, [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [0, 6]]),
         note="a circle through all seven skills"),
    Case((8, [[0, 1], [1, 2], [4, 5], [5, 6], [6, 7], [7, 4]]),
         note="a four-skill circle apart from a chain"),
    Case((6, [[0, 1], [1, 2], [2, 3], [3, 1], [4, 0], [5, 4]]),
         note="a circle below skills that are otherwise fine"),
    Case((5, [[4, 0], [3, 0], [2, 0], [1, 0]]), note="many skills need one"),
    Case((5, [[0, 4], [0, 3], [0, 2], [0, 1]]), note="one skill needs many"),
    Case((6, [[0, 1], [1, 0], [2, 3], [4, 5]]), note="a two-skill circle first"),
    Case((N_MAX, _random_dag(_rng, N_MAX, M_MAX)), note="largest, random, no circle"),
    Case((N_MAX, _chain(N_MAX)), note="largest, one long chain"),
    Case((N_MAX, _ladder(N_MAX)), note="largest, a ladder of alternative routes"),
    Case((N_MAX, _with_long_cycle(_rng, N_MAX, M_MAX)), note="largest, one circle through all skills"),
    Case((N_MAX, []), note="largest, no pairs"),
    Case((N_MAX, _ladder(N_MAX - 2) + [[N_MAX - 1, N_MAX - 2], [N_MAX - 2, N_MAX - 1]]),
         note="largest, a ladder and a separate two-skill circle"),
    Case((N_MAX, [[1, 0]] * M_MAX), note="largest, one pair repeated"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    needs = _random_dag(rng, n, rng.randint(0, 2 * n))
    if rng.random() < 0.5 and needs:
        # close a circle through a random existing route a -> b by adding b -> a
        a, b = rng.choice(needs)
        needs.append([b, a])
    return n, needs


@st.composite
def _small(draw):
    n = draw(st.integers(0, 8))
    if n == 0:
        return 0, []
    pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    needs = draw(st.lists(pair, max_size=12))
    if draw(st.booleans()):
        order = draw(st.permutations(range(n)))
        needs = [[order[min(a, b)], order[max(a, b)]] for a, b in needs if a != b]
    return n, needs


def arguments():
    return _small()


def scale(rng, n):
    return n, _random_dag(rng, n, 2 * n)
