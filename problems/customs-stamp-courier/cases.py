import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((5, [[0, 1, 5], [0, 3, 1], [3, 4, 1], [4, 2, 2], [1, 4, 9]], [-1, 0, 0, 1, -1], 2, 0, 4),
         expected=6,
         note="0 → 3 → 4 → 2 → 4: town 3 gives kind 1, then the courier passes the port to "
              "fetch kind 0 from town 2 and comes back (1 + 1 + 2 + 2)"),
    Case((3, [[0, 1, 1], [1, 2, 1]], [0, -1, -1], 2, 0, 2), expected=-1,
         note="no town issues kind 1"),
    Case((3, [[0, 1, 7], [1, 2, 1]], [1, 0, -1], 2, 0, 2), expected=8,
         note="the depot's own stamp (kind 1) counts from the start"),
]

N_MAX = 600
M_MAX = 1200
K_MAX = 8
COST_MAX = 10**6


def _random_map(rng: random.Random, n: int, m: int, k: int, hole: float = 0.3,
                cost_max: int = COST_MAX, connected: bool = True):
    roads = []
    if connected:
        for v in range(1, n):
            roads.append([v, rng.randrange(v), rng.randint(0, cost_max)])
    while len(roads) < m:
        roads.append([rng.randrange(n), rng.randrange(n), rng.randint(0, cost_max)])
    rng.shuffle(roads)
    stamps = [-1 if k == 0 or rng.random() < hole else rng.randrange(k) for _ in range(n)]
    return roads, stamps


def _largest(rng: random.Random, **kw):
    roads, stamps = _random_map(rng, N_MAX, M_MAX, K_MAX, **kw)
    return N_MAX, roads, stamps, K_MAX, rng.randrange(N_MAX), rng.randrange(N_MAX)


def _sparse_offices(rng: random.Random):
    # one office per kind, the rest of the towns issue nothing
    roads, _ = _random_map(rng, N_MAX, M_MAX, K_MAX)
    stamps = [-1] * N_MAX
    for kind, town in enumerate(rng.sample(range(N_MAX), K_MAX)):
        stamps[town] = kind
    return N_MAX, roads, stamps, K_MAX, 0, N_MAX - 1


def _cut_off_goal(rng: random.Random):
    # every kind is reachable, but the port is on an island: every state is explored
    roads, stamps = _random_map(rng, N_MAX - 1, M_MAX, K_MAX)
    return N_MAX, roads, stamps + [-1], K_MAX, 0, N_MAX - 1


def _long_chain(rng: random.Random):
    # a path 0 - 1 - ... - 999 with costly roads; start and goal in the middle, kinds at
    # both ends
    roads = [[i, i + 1, rng.randint(COST_MAX // 2, COST_MAX)] for i in range(N_MAX - 1)]
    stamps = [-1] * N_MAX
    for kind in range(K_MAX):
        stamps[kind if kind % 2 == 0 else N_MAX - 1 - kind] = kind
    return N_MAX, roads, stamps, K_MAX, N_MAX // 2, N_MAX // 2 + 1


_rng = random.Random(280604)

HIDDEN = [
    Case((1, [], [-1], 0, 0, 0), note="one town, no kinds needed"),
    Case((1, [], [0], 1, 0, 0), note="one town that issues the only kind"),
    Case((1, [], [-1], 1, 0, 0), note="one town, a kind nobody issues"),
    Case((2, [], [-1, -1], 0, 0, 1), note="no roads, the port cannot be reached"),
    Case((2, [[0, 1, 4]], [-1, -1], 0, 0, 1), note="no kinds: a plain shortest route"),
    Case((3, [[0, 1, 2], [1, 2, 2]], [-1, 0, -1], 1, 0, 0),
         note="depot is the port, but the stamp is elsewhere: out and back"),
    Case((3, [[0, 1, 3], [1, 2, 4]], [-1, -1, 0], 1, 0, 2), note="the port issues the last kind"),
    Case((3, [[0, 1, 3], [1, 2, 4]], [0, -1, -1], 1, 2, 0), note="kind 0 only at the port"),
    Case((4, [[0, 1, 0], [1, 2, 0], [2, 3, 0]], [2, 1, 0, -1], 3, 0, 3),
         note="free roads"),
    Case((3, [[0, 1, 9], [0, 1, 2], [1, 1, 1], [1, 2, 5], [1, 2, 1]], [-1, 0, -1], 1, 0, 2),
         note="parallel roads and a loop road"),
    Case((4, [[0, 1, 10], [1, 2, 1], [2, 3, 1]], [0, -1, -1, -1], 1, 3, 0),
         note="the only stamp is at the port, far from the depot"),
    Case((4, [[0, 1, 10], [0, 2, 1], [2, 3, 1]], [0, -1, -1, -1], 1, 0, 3),
         note="the depot's stamp is the only one: no need to come back"),
    Case((5, [[0, 1, 1], [0, 2, 2], [2, 3, 2], [3, 4, 2]], [-1, 0, 0, 1, -1], 2, 0, 4),
         note="the nearest kind-0 office leads the wrong way; another is on the route"),
    Case((5, [[0, 1, 1], [0, 2, 2], [2, 3, 2], [3, 4, 2]], [-1, 1, 1, 0, -1], 2, 0, 4),
         note="the nearest office, of kind 1, leads the wrong way"),
    Case((6, [[0, 1, 1], [1, 2, 1], [2, 5, 1], [0, 3, 2], [3, 4, 2], [4, 5, 1]],
          [-1, 0, 1, 0, 1, -1], 2, 0, 5),
         note="several towns issue the same kind"),
    Case((5, [[0, 1, 1], [1, 4, 1], [0, 2, 5], [2, 3, 1], [3, 4, 1], [1, 3, 1]],
          [-1, -1, 0, -1, -1], 1, 0, 4),
         note="the cheapest route to a town is not the one that carries the stamp"),
    Case((4, [[0, 1, 5], [0, 2, 1], [0, 3, 1]], [-1, 0, 0, -1], 1, 0, 3),
         note="kind 0 at two towns; the later one listed is nearer"),
    Case((4, [[0, 1, 1], [0, 2, 5], [0, 3, 1]], [-1, 0, 0, -1], 1, 0, 3),
         note="kind 0 at two towns; the earlier one listed is nearer"),
    Case((4, [[0, 1, 1], [1, 2, 1], [2, 3, 1]], [7, 6, 5, 4], 8, 0, 3),
         note="kinds 4 to 7 held, 0 to 3 missing"),
    Case((8, [[i, i + 1, COST_MAX] for i in range(7)], [7, 6, 5, 4, 3, 2, 1, 0], 8, 0, 7),
         note="eight kinds along a road of the largest costs"),
    Case((8, [[i, i + 1, COST_MAX] for i in range(7)], [7, 6, 5, 4, 3, 2, 1, 0], 8, 3, 3),
         note="start is the port: out to both ends of the road and back"),
    Case(_largest(_rng), note="largest, random"),
    Case(_largest(_rng, hole=0.99), note="largest, few offices"),
    Case(_largest(_rng, cost_max=3), note="largest, many equal costs"),
    Case(_sparse_offices(_rng), note="largest, one office per kind"),
    Case(_cut_off_goal(_rng), note="largest, port cut off from everything"),
    Case(_long_chain(_rng), note="largest, a long road with kinds at both ends"),
]


def generate(rng):
    n = rng.randint(1, 200)
    k = rng.randint(0, 6)
    roads, stamps = _random_map(rng, n, rng.randint(0, 3 * n), k, hole=rng.random(),
                                cost_max=rng.choice([5, 100, COST_MAX]),
                                connected=rng.random() < 0.8)
    return n, roads, stamps, k, rng.randrange(n), rng.randrange(n)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 6))
    k = draw(st.integers(0, 3))
    town = st.integers(0, n - 1)
    roads = draw(st.lists(st.tuples(town, town, st.integers(0, 9)).map(list), max_size=9))
    stamps = draw(st.lists(st.integers(-1, k - 1), min_size=n, max_size=n))
    return n, roads, stamps, k, draw(town), draw(town)


def arguments():
    return _small()


def scale(rng, n):
    roads, stamps = _random_map(rng, n, 2 * n, 6)
    return n, roads, stamps, 6, 0, n - 1
