import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((4, [[0, 1], [1, 2], [2, 3], [3, 1]]), expected=[1, 2, 3],
         note="task 0 leads into the cycle 1 -> 2 -> 3 -> 1 but is not on it"),
    Case((4, [[0, 1], [0, 2], [1, 3], [2, 3]]), expected=[],
         note="two routes to task 3 do not make a cycle"),
    Case((2, [[1, 1]]), expected=[1], note="a task waiting for itself"),
]

N = 50_000


def _dag(rng: random.Random, n: int, m: int) -> list[list[int]]:
    """Random edges that always go from a lower to a higher position of a shuffled order."""
    order = list(range(n))
    rng.shuffle(order)
    edges = []
    for _ in range(m):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            edges.append([order[min(a, b)], order[max(a, b)]])
    return edges


def _chain(n: int) -> list[list[int]]:
    return [[i, i + 1] for i in range(n - 1)]


_rng = random.Random(99)
_big_dag = _dag(_rng, N, N)
_with_back = _chain(N) + [[N - 1, N // 2]]
_rng.shuffle(_with_back)

HIDDEN = [
    Case((1, []), note="a single task, no edges"),
    Case((1, [[0, 0]]), note="a single task waiting for itself"),
    Case((2, [[0, 1], [1, 0]]), note="two tasks waiting for each other"),
    Case((3, [[0, 1], [0, 1], [1, 2]]), note="repeated edges, no cycle"),
    Case((5, [[0, 1], [1, 2], [3, 4], [4, 3]]), note="the cycle is in a later component"),
    Case((6, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [4, 5], [5, 3]]),
         note="a diamond above a cycle"),
    Case((5, []), note="no edges at all"),
    Case((N, _chain(N)), note="largest, one long chain"),
    Case((N, _chain(N) + [[N - 1, 0]]), note="largest, one cycle through every task"),
    Case((N, _with_back), note="largest, a long cycle at the end of a long chain"),
    Case((N, _big_dag), note="largest, random acyclic"),
]


def _ladder(layers: int) -> list[list[int]]:
    """Layers {2i, 2i + 1}; both tasks of each layer wait for both tasks of the layer below:
    acyclic, but with 2**layers routes down, so a search must not re-enter finished tasks."""
    return [[top, low] for i in range(layers - 1)
            for top in (2 * i + 2, 2 * i + 3) for low in (2 * i, 2 * i + 1)]


HIDDEN += [
    Case((5, [[0, 1], [0, 2], [1, 3], [1, 4], [2, 0]]),
         note="after finishing task 1 the search must resume task 0 at its second edge"),
    Case((80, _ladder(40)), note="acyclic ladder of 40 layers: finished tasks are not searched again"),
]


def generate(rng):
    n = rng.randint(1, 300)
    edges = _dag(rng, n, rng.randint(0, 3 * n))
    if rng.random() < 0.5 and n > 1:
        for _ in range(rng.randint(1, 3)):
            a, b = rng.randrange(n), rng.randrange(n)
            edges.append([a, b])
    return n, edges


@st.composite
def _small(draw):
    n = draw(st.integers(1, 7))
    node = st.integers(0, n - 1)
    edges = draw(st.lists(st.lists(node, min_size=2, max_size=2), max_size=10))
    return n, edges


def arguments():
    return _small()


def invariant(args, result):
    n, edges = args
    if not result:
        return None
    if len(set(result)) != len(result):
        return "a task appears more than once in the returned cycle"
    if any(not 0 <= task < n for task in result):
        return "the returned cycle names a task that does not exist"
    present = {(u, v) for u, v in edges}
    for i, u in enumerate(result):
        v = result[(i + 1) % len(result)]
        if (u, v) not in present:
            return f"[{u}, {v}] is not an edge, so the returned list is not a cycle"
    return None


def scale(rng, n):
    """A shuffled chain of n tasks with no cycle: searching from every task is quadratic."""
    order = list(range(n))
    rng.shuffle(order)
    return n, [[order[i], order[i + 1]] for i in range(n - 1)]
