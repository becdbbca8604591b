import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((3, [[2, 0]]), expected=[2, 0, 1],
         note="device 0 can come second at best (after 2); smallest-ready-first would put it third"),
    Case((4, [[3, 0], [2, 1]]), expected=[3, 0, 2, 1],
         note="0 goes second behind 3; then 1 goes as early as possible, behind 2"),
    Case((3, [[0, 1], [1, 2], [2, 1]]), expected=[],
         note="1 and 2 wait for each other: no valid order"),
    Case((4, []), expected=[0, 1, 2, 3], note="no dependencies"),
]

LIMIT = 100_000


def _random_dag(rng: random.Random, n: int, m: int) -> list[list[int]]:
    # edges go from an earlier to a later position of a random ranking
    if n < 2:
        return []
    rank = list(range(n))
    rng.shuffle(rank)
    deps = []
    for _ in range(m):
        i, j = rng.sample(range(n), 2) if n < 50 else (rng.randrange(n), rng.randrange(n))
        if i == j:
            continue
        if i > j:
            i, j = j, i
        deps.append([rank[i], rank[j]])
    return deps


def _ascending_chain(n: int) -> list[list[int]]:
    return [[t, t + 1] for t in range(n - 1)]


def _descending_chain(n: int) -> list[list[int]]:
    return [[t + 1, t] for t in range(n - 1)]


def _two_chains(n: int) -> list[list[int]]:
    # evens and odds each form a chain that runs against the numbering: the two interleave
    evens = list(range(0, n, 2))[::-1]
    odds = list(range(1, n, 2))[::-1]
    return [[c[i], c[i + 1]] for c in (evens, odds) for i in range(len(c) - 1)]


_rng = random.Random(28031)
_big_cycle = _random_dag(_rng, LIMIT, LIMIT - 1)
_big_cycle.append([_big_cycle[-1][1], _big_cycle[-1][0]])

HIDDEN = [
    Case((0, []), note="no devices"),
    Case((1, []), note="a single device"),
    Case((1, [[0, 0]]), note="a single device that depends on itself"),
    Case((4, [[2, 2]]), note="a self-dependency among unrelated devices"),
    Case((3, [[2, 0], [2, 0], [2, 0], [0, 1]]), note="the same pair three times"),
    Case((6, [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0]]), note="a chain against the numbering"),
    Case((6, [[0, 1], [1, 2], [3, 4], [4, 5], [5, 3]]), note="a cycle in a separate part"),
    Case((5, [[4, 0], [0, 3], [3, 1], [1, 2], [2, 0]]), note="a long cycle behind a ready device"),
    Case((6, [[4, 1], [5, 0], [3, 2]]),
         note="three pairs: each urgent device pulls only its own blocker forward"),
    Case((5, [[1, 0], [4, 2], [3, 1]]),
         note="0 needs 1 which needs 3; 2 needs 4: the blockers of 0 go first, in chain order"),
    Case((7, [[6, 0], [5, 0], [4, 1], [3, 1], [0, 2], [1, 2]]), note="two branches joining"),
    Case((6, [[2, 0], [1, 0], [4, 3], [5, 3]]), note="several blockers of the same device"),
    Case((LIMIT, _random_dag(_rng, LIMIT, LIMIT)), note="largest, random"),
    Case((LIMIT, _descending_chain(LIMIT)), note="largest, one chain against the numbering"),
    Case((LIMIT, _ascending_chain(LIMIT)), note="largest, one chain along the numbering"),
    Case((LIMIT, _two_chains(LIMIT)), note="largest, two interleaved chains"),
    Case((LIMIT, []), note="largest, no dependencies"),
    Case((LIMIT, _big_cycle), note="largest, one cycle"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    deps = _random_dag(rng, n, rng.randint(0, 2 * n))
    if rng.random() < 0.3 and deps:
        a, b = rng.choice(deps)
        deps.append([b, a])
    return n, deps


@st.composite
def _small(draw):
    n = draw(st.integers(0, 8))
    if n == 0:
        return 0, []
    pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    acyclic = draw(st.booleans())
    deps = draw(st.lists(pair, max_size=12))
    if acyclic:
        deps = [sorted(p) for p in deps if p[0] != p[1]]
        order = draw(st.permutations(range(n)))
        deps = [[order[a], order[b]] for a, b in deps]
    return n, deps


def arguments():
    return _small()


def scale(rng, n):
    return n, _random_dag(rng, n, n)


def invariant(args, result):
    n, deps = args
    if result == []:
        return None
    if sorted(result) != list(range(n)):
        return "the order must list every device 0 .. n-1 exactly once"
    where = {t: i for i, t in enumerate(result)}
    for a, b in deps:
        if where[a] >= where[b]:
            return f"device {a} must come before device {b}"
    return None
