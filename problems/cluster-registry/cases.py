import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("ClusterRegistry", 5), ("link", 0, 1), ("link", 3, 4), ("connected", 0, 4),
             ("link", 1, 4), ("connected", 0, 3), ("size", 3), ("count",), ("link", 0, 3)),
         expected=[None, True, True, False, True, True, 4, 2, False],
         note="after the cable 1-4, servers 0, 1, 3 and 4 form one cluster; the last cable "
              "adds nothing"),
    Case(ops(("ClusterRegistry", 3), ("link", 2, 2), ("size", 2), ("count",),
             ("connected", 1, 1)),
         expected=[None, False, 1, 3, True],
         note="a cable from a server to itself joins nothing"),
]

LIMIT = 100_000
CALLS = 100_000


def _random_calls(rng: random.Random, n: int, count: int, link_share: float) -> list[tuple]:
    calls = []
    for _ in range(count):
        roll = rng.random()
        a, b = rng.randrange(n), rng.randrange(n)
        if roll < link_share:
            calls.append(("link", a, b))
        elif roll < link_share + (1 - link_share) / 2:
            calls.append(("connected", a, b))
        elif roll < link_share + 3 * (1 - link_share) / 4:
            calls.append(("size", a))
        else:
            calls.append(("count",))
    return calls


def _chain(n: int, queries: int) -> tuple:
    # link(i, i + 1) in order, then ask about the first server over and over: a registry that
    # hangs each root under the other without compression walks the whole chain every time
    links = [("link", i, i + 1) for i in range(n - 1)]
    asks = [("connected", 0, n - 1) if i % 2 else ("size", 0) for i in range(queries)]
    return ops(("ClusterRegistry", n), *links, *asks)


_rng = random.Random(31337)

HIDDEN = [
    Case(ops(("ClusterRegistry", 1)), note="only the constructor"),
    Case(ops(("ClusterRegistry", 1), ("count",), ("size", 0), ("connected", 0, 0),
             ("link", 0, 0), ("count",)), note="a single server"),
    Case(ops(("ClusterRegistry", 4), ("link", 0, 1), ("link", 1, 0), ("link", 0, 1),
             ("count",), ("size", 1)), note="the same cable again and again"),
    Case(ops(("ClusterRegistry", 6), ("link", 0, 1), ("link", 2, 3), ("link", 4, 5),
             ("link", 1, 3), ("size", 5), ("size", 2), ("link", 5, 0), ("size", 4),
             ("count",), ("link", 2, 4)), note="merging clusters of several servers"),
    Case(ops(("ClusterRegistry", 5), ("connected", 0, 4), ("size", 3), ("count",)),
         note="no cables at all"),
    Case(ops(("ClusterRegistry", 8), *[("link", i, i + 1) for i in range(7)],
             ("count",), ("size", 0), ("connected", 0, 7)), note="a chain over every server"),
    Case(ops(("ClusterRegistry", 7), ("link", 6, 5), ("link", 5, 4), ("link", 1, 2),
             ("connected", 4, 6), ("connected", 0, 6), ("count",), ("size", 6),
             ("size", 0)), note="two clusters and an isolated server"),
    Case(ops(("ClusterRegistry", 2000), *[("link", 0, i) for i in range(1, 2000)],
             *[("size", i) for i in range(2000)], ("count",)), note="a star around server 0"),
    Case(ops(("ClusterRegistry", LIMIT), *_random_calls(_rng, LIMIT, CALLS // 2, 0.6)),
         note="largest, random calls"),
    Case(_chain(CALLS // 2 + 1, CALLS // 2), note="largest, one long chain"),
    Case(ops(("ClusterRegistry", LIMIT), *[("link", i + 1, i) for i in range(LIMIT - 1)],
             ("size", 0)),
         note="largest, a chain grown from its end: the second server's cluster is always "
              "the big one"),
]


def generate(rng):
    n = rng.randint(1, 500)
    return ops(("ClusterRegistry", n),
               *_random_calls(rng, n, rng.randint(0, 2000), rng.choice([0.2, 0.5, 0.8])))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 6))
    server = st.integers(0, n - 1)
    call = st.one_of(st.tuples(st.just("link"), server, server),
                     st.tuples(st.just("connected"), server, server),
                     st.tuples(st.just("size"), server),
                     st.tuples(st.just("count")))
    return ops(("ClusterRegistry", n), *draw(st.lists(call, max_size=15)))


def arguments():
    return _small()


def scale(rng, n):
    return _chain(n, n)


def invariant(args, result):
    calls = args[0]
    n = calls[0][1][0]
    clusters = n
    for (name, call_args), value in zip(calls[1:], result[1:], strict=True):
        if name in ("link", "connected") and not isinstance(value, bool):
            return f"{name} must return a bool, got {value!r}"
        if name == "link" and value:
            clusters -= 1
        if name == "count" and value != clusters:
            return f"count() must be n minus the number of links that returned True ({clusters})"
        if name == "size" and not 1 <= value <= n:
            return f"size({call_args[0]}) must lie between 1 and {n}"
        if name == "connected" and call_args[0] == call_args[1] and value is not True:
            return "a server is always connected to itself"
    return None
