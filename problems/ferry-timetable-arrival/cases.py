import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((3, [[0, 1, 10, 15, 5], [1, 2, 0, 20, 7], [0, 2, 0, 60, 40]], 0, 12),
         expected=[12, 30, 47],
         note="boats to port 1 leave at 10, 25, 40, ...: you take the one at 25; at port 1 "
              "you wait for the boat at 40, still earlier than the direct line (leaves at 60)"),
    Case((4, [[0, 1, 30, 10, 0], [1, 2, 30, 5, 5], [3, 0, 0, 1, 1]], 0, 0),
         expected=[0, 30, 35, -1],
         note="the first boat to port 1 leaves at 30; you can board the boat leaving port 1 at "
              "the minute you arrive; nothing sails to port 3"),
]

LIMIT = 30_000
TOP = 10**6


def _line(rng: random.Random, u: int, v: int, top: int) -> list[int]:
    return [u, v, rng.randint(0, top), rng.randint(1, top), rng.randint(0, top)]


def _random_lines(rng: random.Random, n: int, m: int, top: int) -> list[list[int]]:
    return [_line(rng, rng.randrange(n), rng.randrange(n), top) for _ in range(m)]


def _connected(rng: random.Random, n: int, m: int, top: int) -> list[list[int]]:
    order = list(range(1, n))
    rng.shuffle(order)
    order = [0] + order
    lines = [_line(rng, order[rng.randrange(i)], order[i], top) for i in range(1, n)]
    lines += _random_lines(rng, n, m - (n - 1), top)
    rng.shuffle(lines)
    return lines


def _backwards_chain(rng: random.Random, n: int) -> list[list[int]]:
    return [[p, p + 1, rng.randint(0, 50), rng.randint(1, 60), rng.randint(0, 30)]
            for p in reversed(range(n - 1))]


_rng = random.Random(777)

HIDDEN = [
    Case((1, [], 0, 5), note="a single port"),
    Case((1, [[0, 0, 0, 1, 3]], 0, 0), note="a single port with a line to itself"),
    Case((4, [], 2, 9), note="no lines"),
    Case((3, [[0, 1, 100, 7, 0], [1, 2, 0, 1, 0]], 0, 0),
         note="nothing leaves before the first boat"),
    Case((2, [[0, 1, 20, 10, 1]], 0, 40), note="arriving exactly when a boat leaves"),
    Case((2, [[0, 1, 20, 10, 1]], 0, 41), note="arriving just after a boat left"),
    Case((3, [[0, 1, 0, 100, 1], [0, 1, 5, 3, 20], [0, 1, 7, 50, 0], [1, 2, 0, 1, 0]], 0, 6),
         note="parallel lines: the fastest boat is not the first to leave"),
    Case((4, [[0, 1, 0, 1, 0], [1, 2, 0, 1, 0], [2, 3, 0, 1, 0]], 0, 3),
         note="zero-minute crossings"),
    Case((5, [[1, 2, 5, 5, 5], [2, 1, 5, 5, 5], [3, 4, 0, 2, 1], [0, 3, 1, 4, 2]], 3, 8),
         note="start is not port 0; a part of the map is unreachable"),
    Case((3, [[0, 1, TOP, TOP, TOP], [1, 2, TOP, TOP, TOP]], 0, TOP), note="largest values"),
    Case((3, [[0, 2, 0, TOP, 1], [0, 1, 0, 1, 1], [1, 2, 2, 1, 1]], 0, 1),
         note="the direct line leaves too late"),
    Case((LIMIT, _backwards_chain(_rng, LIMIT), 0, 0),
         note="largest, one long route listed back to front"),
    Case((LIMIT, _connected(_rng, LIMIT, LIMIT, TOP), 0, _rng.randint(0, TOP)),
         note="largest, every port reachable"),
    Case((LIMIT, _random_lines(_rng, LIMIT, LIMIT, 1000), 5, 0), note="largest, random"),
]


def _hub(k: int) -> list[list[int]]:
    # ports 1..k are reached at minutes 1..k and each improves the arrival at one hub port
    # that has k lines out: the hub is queued k times, and re-expanding stale entries costs k * k
    hub = k + 1
    lines = [[0, i, i, TOP, 0] for i in range(1, k + 1)]
    lines += [[i, hub, 0, 1, 2 * k - 2 * i] for i in range(1, k + 1)]
    lines += [[hub, hub + j, 0, 1, 0] for j in range(1, k + 1)]
    return lines


HIDDEN.append(Case((2 * 10_000 + 2, _hub(10_000), 0, 0),
                   note="a hub improved 10000 times with 10000 lines out: stale queue entries "
                        "must be skipped"))


def _requeued_hub(k: int, fan: int) -> list[list[int]]:
    # lines from the start to ports k, k-1, ..., 1 (in that order, arriving at minutes k, ...,
    # 1) and free boats 1 -> 2 -> ... -> k: a first-in-first-out relaxation queue (SPFA)
    # improves port k again in each of k rounds, and each time re-expands a hub behind port k
    # with `fan` lines out
    hub = k + 1
    lines = [[0, i, 0, 1, i] for i in range(k, 0, -1)]
    lines += [[i, i + 1, 0, 1, 0] for i in range(1, k)]
    lines += [[k, hub, 0, 1, 0]]
    lines += [[hub, hub + j, 0, 1, 1] for j in range(1, fan + 1)]
    return lines


HIDDEN += [
    Case((LIMIT, [[p, p + 1, TOP, TOP, TOP] for p in range(LIMIT - 1)], 0, TOP),
         note="largest, the slowest boats along one route: arrivals pass 5 * 10**10 minutes"),
    Case((7_000 + 2 + 16_000, _requeued_hub(7_000, 16_000), 0, 0),
         note="a port improved 7000 times by a relaxation queue, with a hub of 16000 lines "
              "behind it"),
]


def generate(rng):
    n = rng.randint(1, 1500)
    top = rng.choice([5, 100, TOP])
    lines = _random_lines(rng, n, rng.randint(0, 3 * n), top)
    return n, lines, rng.randrange(n), rng.randint(0, top)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 6))
    port = st.integers(0, n - 1)
    line = st.tuples(port, port, st.integers(0, 20), st.integers(1, 8),
                     st.integers(0, 6)).map(list)
    return n, draw(st.lists(line, max_size=12)), draw(port), draw(st.integers(0, 20))


def arguments():
    return _small()


def scale(rng, n):
    return n, _backwards_chain(rng, n), 0, 0


def _leave(now: int, first: int, every: int) -> int:
    return first if now <= first else first + -(-(now - first) // every) * every


def invariant(args, result):
    n, lines, start, t0 = args
    if len(result) != n:
        return f"expected {n} arrival times, got {len(result)}"
    if result[start] != t0:
        return f"you are at the start port at minute {t0}"
    tight = [False] * n
    tight[start] = True
    for u, v, first, every, crossing in lines:
        if result[u] == -1:
            continue
        arrive = _leave(result[u], first, every) + crossing
        if result[v] == -1 or result[v] > arrive:
            return f"the line {u} -> {v} reaches port {v} at minute {arrive}, before {result[v]}"
        if result[v] == arrive:
            tight[v] = True
    for port in range(n):
        if result[port] != -1 and not tight[port]:
            return f"no boat reaches port {port} at minute {result[port]}"
    return None
