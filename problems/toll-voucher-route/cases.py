import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((3, [[0, 1, 10], [1, 2, 10], [0, 2, 24]], 0, 2), expected=12,
         note="the voucher on the 24 road (12) beats the cheap route 10 + 10 with one road halved (15)"),
    Case((3, [[0, 1, 2], [1, 2, 100]], 0, 2), expected=52,
         note="keep the voucher for the expensive second road: 2 + 50, not 1 + 100"),
    Case((4, [[0, 1, 5], [2, 3, 5]], 0, 3), expected=-1, note="no road leads from 0 to 3"),
    Case((2, [[0, 1, 3]], 1, 1), expected=0, note="already at the goal"),
]

LIMIT = 100_000
MAX_TOLL = 10**9


def _random_graph(rng: random.Random, n: int, m: int, hi: int) -> list[list[int]]:
    # a random spanning tree over a shuffled labelling, then random extra roads
    order = list(range(n))
    rng.shuffle(order)
    roads = []
    for i in range(1, min(n, m + 1)):
        roads.append([order[rng.randrange(i)], order[i], rng.randint(0, hi)])
    while len(roads) < m:
        roads.append([rng.randrange(n), rng.randrange(n), rng.randint(0, hi)])
    rng.shuffle(roads)
    return roads


def _backward_chain(rng: random.Random, n: int, hi: int) -> list[list[int]]:
    # 0 - 1 - ... - n-1, listed from the far end first
    return [[i, i + 1, rng.randint(hi // 2, hi)] for i in range(n - 2, -1, -1)]


def _detour_trap(n: int) -> list[list[int]]:
    # a long path of cheap roads from 0 to n-1, and one direct road whose half beats it
    roads = [[i, i + 1, 10] for i in range(n - 1)]
    roads.append([0, n - 1, 20 * (n - 1) - 12])
    return roads


def _stale_hub(k, leaves, detour):
    # towns: 0 start, 1 entry, 2 .. k+1 spokes a_i, k+2 hub, then leaves, then the goal.
    # Spoke i costs i to reach and 2 * (2k - i) on to the hub, so the hub's cost improves k
    # times (kept layer; with a detour of 2 * detour before the spokes, the spent layer too)
    # and its half-price reach is the same 2k through every spoke.
    entry, hub = 1, k + 2
    first_leaf = hub + 1
    goal = first_leaf + leaves
    roads = [[0, entry, 2 * detour]]
    for i in range(1, k + 1):
        roads.append([entry, 1 + i, i])
        roads.append([1 + i, hub, 2 * (2 * k - i)])
    for j in range(leaves):
        roads.append([hub, first_leaf + j, 10**6 + j])
    roads.append([first_leaf, goal, 1])
    return goal + 1, roads, 0, goal


_rng = random.Random(28032)

HIDDEN = [
    Case((1, [], 0, 0), note="a single town"),
    Case((1, [[0, 0, 5]], 0, 0), note="a single town with a road to itself"),
    Case((2, [], 0, 1), note="two towns, no roads"),
    Case((2, [[0, 1, 7]], 0, 1), note="an odd toll is rounded down"),
    Case((2, [[0, 1, 1]], 1, 0), note="a toll of 1 costs nothing with the voucher"),
    Case((2, [[1, 0, 4]], 0, 1), note="a road is driven against the direction it is listed in"),
    Case((2, [[0, 1, 10], [0, 1, 6], [1, 0, 9]], 0, 1), note="parallel roads"),
    Case((3, [[0, 1, 0], [1, 2, 0], [0, 2, 9]], 2, 0), note="free roads"),
    Case((5, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 100], [2, 2, 3]], 0, 4),
         note="the voucher is worth most on the last road"),
    Case((5, [[0, 1, 100], [1, 2, 1], [2, 3, 1], [3, 4, 1]], 4, 0),
         note="the voucher is worth most on the last road, driven from the other end"),
    Case((4, [[0, 1, 9], [1, 3, 9], [0, 2, 5], [2, 3, 14]], 0, 3),
         note="without the voucher 0-1-3 is cheaper (18 < 19); with it 0-2-3 wins (5 + 7 < 9 + 4)"),
    Case((4, [[0, 1, 3], [1, 2, 3], [0, 2, 5]], 0, 3), note="the goal is cut off"),
    Case((6, [[0, 1, 4], [1, 2, 4], [2, 0, 4], [3, 4, 1], [4, 5, 1]], 1, 5),
         note="the goal lies in another part"),
    Case((4, [[0, 1, MAX_TOLL], [1, 2, MAX_TOLL], [2, 3, MAX_TOLL]], 3, 0),
         note="the largest tolls: 2.5e9"),
    Case((6, _detour_trap(6), 0, 5), note="the direct road halved just beats the cheap path"),
    Case((LIMIT, _random_graph(_rng, LIMIT, LIMIT, MAX_TOLL), 0, LIMIT - 1),
         note="largest, random"),
    Case((LIMIT, _backward_chain(_rng, LIMIT, MAX_TOLL), 0, LIMIT - 1),
         note="largest, one long chain listed from the far end"),
    Case((LIMIT, _detour_trap(LIMIT), 0, LIMIT - 1),
         note="largest, a long cheap path against one direct road"),
    Case((LIMIT, [[0, t, _rng.randint(0, MAX_TOLL)] for t in range(1, LIMIT)] + [[LIMIT - 1, 1, 3]],
          LIMIT - 1, LIMIT // 2), note="largest, a star"),
    Case((LIMIT, _random_graph(_rng, LIMIT // 2, LIMIT, 1000), 0, LIMIT - 1),
         note="largest, goal unreachable"),
    Case(_stale_hub(15_000, 50_000, 0),
         note="a hub whose cost improves 15000 times before it is settled, with 50000 roads out"),
    Case(_stale_hub(15_000, 50_000, 10**8),
         note="the same hub behind a toll worth the voucher, so both layers improve it often"),
]


def generate(rng):
    n = rng.randint(2, 2000)
    m = rng.randint(0, 3 * n)
    hi = rng.choice([10, 1000, MAX_TOLL])
    return n, _random_graph(rng, n, m, hi), rng.randrange(n), rng.randrange(n)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 7))
    road = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.integers(0, 30)).map(list)
    roads = draw(st.lists(road, max_size=12))
    return n, roads, draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))


def arguments():
    return _small()


def scale(rng, n):
    return n, _random_graph(rng, n, n, MAX_TOLL), 0, n - 1


def invariant(args, result):
    n, roads, start, goal = args
    if start == goal and result != 0:
        return "start equals goal, so the trip costs 0"
    if result < -1:
        return "a cost is never below 0"
    return None
