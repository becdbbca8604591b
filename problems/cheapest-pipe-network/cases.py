import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((4, [[0, 1, 1], [2, 3, 1], [1, 2, 5], [0, 3, 6], [0, 2, 9]]), expected=7,
         note="pipes 0-1, 2-3 and 1-2 join every well for 1 + 1 + 5"),
    Case((3, [[0, 1, 4], [1, 1, 0]]), expected=-1, note="no pipe reaches well 2"),
    Case((1, []), expected=0, note="a single well needs no pipes"),
]

LIMIT = 50_000
TOP = 10**6


def _random_pipes(rng: random.Random, n: int, m: int, top: int) -> list[list[int]]:
    return [[rng.randrange(n), rng.randrange(n), rng.randint(0, top)] for _ in range(m)]


def _connected(rng: random.Random, n: int, m: int, top: int) -> list[list[int]]:
    order = list(range(n))
    rng.shuffle(order)
    pipes = [[order[rng.randrange(i)], order[i], rng.randint(0, top)] for i in range(1, n)]
    pipes += _random_pipes(rng, n, m - (n - 1), top)
    rng.shuffle(pipes)
    return pipes


def _chain(n: int) -> list[list[int]]:
    # cheapest pipes first along one line: every new pipe extends one long component
    return [[w, w + 1, w % TOP] for w in range(n - 1)]


def _long_find(n: int, flipped: bool) -> list[list[int]]:
    # free pipes first make a path 0-1-...-k, then every pipe from well 0 joins a new well: a
    # union-find with neither path compression nor union by size walks the whole path each time
    # (both argument orders, so either way of hanging one root under the other is caught)
    k = n // 2
    pipes = [[w, w + 1, 0] for w in range(k)] + [[0, w, 1] for w in range(k + 1, n)]
    return [[v, u, cost] for u, v, cost in pipes] if flipped else pipes


_rng = random.Random(4321)

HIDDEN = [
    Case((0, []), note="no wells"),
    Case((1, [[0, 0, 5]]), note="a single well with a useless pipe"),
    Case((2, []), note="two wells, no pipes"),
    Case((2, [[1, 0, 9], [0, 1, 3], [1, 0, 7]]), note="parallel pipes"),
    Case((3, [[0, 1, 0], [1, 2, 0], [0, 2, 0]]), note="free pipes"),
    Case((4, [[0, 1, 2], [1, 0, 1], [2, 3, 1], [3, 2, 2]]), note="two separate pieces"),
    Case((5, [[0, 1, 5], [1, 2, 5], [2, 3, 5], [3, 4, 5], [4, 0, 5], [0, 2, 5]]),
         note="all costs equal"),
    Case((4, [[0, 1, 1], [1, 2, 1], [2, 0, 1], [0, 3, 100], [3, 3, 0]]),
         note="a loop of cheap pipes and one expensive pipe"),
    Case((3, [[0, 1, TOP], [1, 2, TOP], [0, 2, TOP]]), note="largest costs"),
    Case((LIMIT, _chain(LIMIT)), note="largest, one long line"),
    Case((LIMIT, _long_find(LIMIT, False)), note="largest, a long path then pipes from its end"),
    Case((LIMIT, _long_find(LIMIT, True)), note="largest, the same with each pipe reversed"),
    Case((LIMIT, _connected(_rng, LIMIT, LIMIT, TOP)), note="largest, random"),
    Case((LIMIT, _connected(_rng, LIMIT - 1, LIMIT, 3)), note="largest, the last well is cut off"),
    Case((LIMIT, _connected(_rng, LIMIT, LIMIT, 0)), note="largest, every pipe free"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    top = rng.choice([0, 10, TOP])
    if rng.random() < 0.6:
        return n, _connected(rng, n, rng.randint(n - 1, 3 * n), top)
    return n, _random_pipes(rng, n, rng.randint(0, 2 * n), top)


@st.composite
def _small(draw):
    n = draw(st.integers(0, 7))
    if n == 0:
        return 0, []
    well = st.integers(0, n - 1)
    pipe = st.tuples(well, well, st.integers(0, 9)).map(list)
    return n, draw(st.lists(pipe, max_size=14))


def arguments():
    return _small()


def scale(rng, n):
    return n, _chain(n)


def invariant(args, result):
    n, pipes = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    near = [[] for _ in range(n)]
    for u, v, _ in pipes:
        near[u].append(v)
        near[v].append(u)
    seen = {0} if n else set()
    stack = list(seen)
    while stack:
        for nxt in near[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    if len(seen) < n:
        return None if result == -1 else "some wells cannot be joined: the answer is -1"
    if result < 0:
        return "every well can be joined, so the answer is a cost, not -1"
    cheapest = sorted(cost for u, v, cost in pipes if u != v)[: max(n - 1, 0)]
    if result < sum(cheapest):
        return f"joining {n} wells needs {n - 1} pipes, which cost at least {sum(cheapest)}"
    return None
