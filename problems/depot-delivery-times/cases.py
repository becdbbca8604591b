import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((4, [[0, 1, 5], [0, 2, 1], [2, 1, 2], [1, 3, 1]], 0), expected=[0, 3, 1, 4],
         note="the detour through point 2 is faster than the direct street to point 1"),
    Case((3, [[1, 0, 4], [1, 2, 2]], 0), expected=[0, -1, -1],
         note="the streets lead into the depot, not out of it"),
]

LIMIT = 50_000
TOP = 10**4


def _random_roads(rng: random.Random, n: int, m: int, top: int) -> list[list[int]]:
    return [[rng.randrange(n), rng.randrange(n), rng.randint(0, top)] for _ in range(m)]


def _connected(rng: random.Random, n: int, m: int, top: int) -> list[list[int]]:
    # a random spanning tree out of point 0, then random extra streets
    order = list(range(1, n))
    rng.shuffle(order)
    order = [0] + order
    roads = [[order[rng.randrange(i)], order[i], rng.randint(0, top)] for i in range(1, n)]
    roads += _random_roads(rng, n, m - (n - 1), top)
    rng.shuffle(roads)
    return roads


def _ladder(n: int) -> list[list[int]]:
    # a slow direct street to every point and a fast chain: many improvements per point
    roads = [[0, v, TOP] for v in range(1, n // 2)]
    roads += [[v, v + 1, 0] for v in range(n // 2 - 1)]
    return roads


_rng = random.Random(2024)

HIDDEN = [
    Case((1, [], 0), note="a single point"),
    Case((1, [[0, 0, 7]], 0), note="a single point with a street to itself"),
    Case((5, [], 3), note="no streets"),
    Case((3, [[0, 1, 9], [0, 1, 2], [0, 1, 5], [1, 2, 1]], 0), note="parallel streets"),
    Case((4, [[2, 2, 0], [2, 3, 0], [3, 0, 0], [0, 1, 0]], 2), note="zero-minute streets"),
    Case((4, [[0, 1, 1], [2, 3, 1], [3, 2, 1]], 1), note="the depot is not point 0"),
    Case((6, [[0, 1, 3], [1, 2, 3], [3, 4, 1], [4, 5, 1], [5, 3, 1]], 0),
         note="a separate part of the city"),
    Case((5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [0, 4, 3]], 0),
         note="a shortcut with fewer streets but not always faster"),
    Case((3, [[0, 1, TOP], [1, 2, TOP]], 0), note="largest street times"),
    Case((LIMIT, _connected(_rng, LIMIT, LIMIT, TOP), 0), note="largest, everything reachable"),
    Case((LIMIT, _random_roads(_rng, LIMIT, LIMIT, TOP), 17), note="largest, random streets"),
    Case((LIMIT, _ladder(LIMIT), 0), note="largest, many improvements"),
    Case((LIMIT, [[v, v + 1, 1] for v in range(LIMIT - 1)], LIMIT - 1),
         note="largest, depot at the end of a chain"),
]


def _hub(k: int) -> list[list[int]]:
    # k points reached in increasing time, each improving the time of one hub point that has
    # k streets out: the hub is queued k times, and re-expanding its stale entries costs k * k
    hub = k + 1
    roads = [[0, i, i] for i in range(1, k + 1)]
    roads += [[i, hub, 2 * k - 2 * i] for i in range(1, k + 1)]
    roads += [[hub, hub + j, 0] for j in range(1, k + 1)]
    return roads


HIDDEN.append(Case((2 * 16_000 + 2, _hub(16_000), 0),
                   note="a hub improved 16000 times with 16000 streets out: stale queue entries "
                        "must be skipped"))


def _requeued_hub(k: int, fan: int) -> list[list[int]]:
    # streets from the depot to points k, k-1, ..., 1 (in that order, taking that many
    # minutes) and a free chain 1 -> 2 -> ... -> k: a first-in-first-out relaxation queue
    # (Bellman-Ford / SPFA) improves point k again in each of k rounds, and each time
    # re-expands a hub hanging off point k with `fan` streets out
    hub = k + 1
    roads = [[0, i, i] for i in range(k, 0, -1)]
    roads += [[i, i + 1, 0] for i in range(1, k)]
    roads += [[k, hub, 0]]
    roads += [[hub, hub + j, TOP] for j in range(1, fan + 1)]
    return roads


HIDDEN += [
    Case((LIMIT, [[v, v + 1, TOP] for v in range(LIMIT - 1)], 0),
         note="largest, a chain of the slowest streets: times reach 499,990,000"),
    Case((TOP + 2 + 30_000, _requeued_hub(TOP, 30_000), 0),
         note="a point improved 10000 times by a relaxation queue, with a hub of 30000 "
              "streets behind it"),
]


def generate(rng):
    n = rng.randint(1, 2000)
    roads = _random_roads(rng, n, rng.randint(0, 3 * n), rng.choice([0, 3, TOP]))
    return n, roads, rng.randrange(n)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 7))
    node = st.integers(0, n - 1)
    road = st.tuples(node, node, st.integers(0, 9)).map(list)
    return n, draw(st.lists(road, max_size=14)), draw(node)


def arguments():
    return _small()


def scale(rng, n):
    return n, _connected(rng, n, n, TOP), 0


def invariant(args, result):
    n, roads, depot = args
    if len(result) != n:
        return f"expected {n} times, got {len(result)}"
    if result[depot] != 0:
        return "the depot's own time must be 0"
    tight = [False] * n
    tight[depot] = True
    for u, v, minutes in roads:
        if result[u] == -1:
            continue
        if result[v] == -1 or result[v] > result[u] + minutes:
            return f"the street {u} -> {v} gives point {v} a faster time than {result[v]}"
        if result[v] == result[u] + minutes:
            tight[v] = True
    for point in range(n):
        if result[point] != -1 and not tight[point]:
            return f"no route reaches point {point} in {result[point]} minutes"
    return None
