import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((2, [[0, 5], [1, 3], [1, 1], [2, 2], [6, 1]]),
         expected=[[0, 0], [1, 4], [1, 1], [1, 2], [0, 6]],
         note="at time 1 agent 1 takes the 1-minute build; at 2 the 2-minute build beats the "
              "3-minute one that has waited longer"),
    Case((2, [[0, 3], [0, 3], [2, 2], [1, 2], [3, 5]]),
         expected=[[0, 0], [1, 0], [1, 3], [0, 3], [0, 5]],
         note="equal durations: build 3 arrived first, so it goes before build 2; both agents "
              "free up at 3 and agent 0 chooses first"),
]

BIG = 10**9
N = 100_000


def _builds(rng: random.Random, n: int, last_arrival: int, longest: int) -> list[list[int]]:
    return [[rng.randint(0, last_arrival), rng.randint(1, longest)] for _ in range(n)]


_rng = random.Random(5083)

HIDDEN = [
    Case((1, []), note="no builds"),
    Case((7, []), note="no builds, several agents"),
    Case((1, [[BIG, BIG]]), note="a single build at the extremes"),
    Case((4, [[3, 2], [1, 1]]), note="more agents than builds: agent 0 is free again by 3"),
    Case((1, [[0, 5], [0, 3], [0, 3], [0, 1]]),
         note="everything arrives at once: shortest first, equal ones by index"),
    Case((1, [[0, 10], [5, 2], [3, 2]]),
         note="equal durations: the earlier arrival wins over the smaller index"),
    Case((2, [[0, 4], [0, 2], [5, 1]]),
         note="both agents idle: the smaller number wins, not the one idle longer"),
    Case((3, [[0, 9], [0, 3], [0, 6], [10, 1], [10, 1]]),
         note="idle agents are taken by number, whatever order they freed up in"),
    Case((1, [[0, 3], [3, 1]]), note="a build arriving as the agent frees up starts at once"),
    Case((2, [[0, 2], [0, 2], [1, 1], [1, 1]]),
         note="two agents freed at the same moment, two builds waiting"),
    Case((1, [[0, 10], [0, 1]]),
         note="simultaneous arrivals compete: the shorter one starts, not the first listed"),
    Case((2, [[0, 100], [7, 9], [7, 2]]),
         note="simultaneous arrivals with one idle agent"),
    Case((1, [[5, 1], [5, 1], [5, 1], [0, 5]]),
         note="an agent freed at 5 as three builds arrive at 5"),
    Case((2, [[0, 3], [1, 3], [3, 1], [3, 1], [4, 2]]),
         note="a release and arrivals at the same moment, with a later one still waiting"),
    Case((1, [[0, BIG]] * 5 + [[1, 1]]),
         note="long waits: start times well past 10**9"),
    Case((3, [[i, 1 + i % 3] for i in range(30, 0, -1)]),
         note="builds listed newest first"),
    Case((N, [[2, 1], [0, 3], [1, 1], [1, 2]]), note="far more agents than builds"),
    Case((3, [[4, 4]] * 8), note="identical builds"),
    Case((N, [[i, BIG] for i in range(N - 1, -1, -1)]),
         note="largest: every build takes a fresh agent, the lowest one that is idle"),
    Case((1, [[0, _rng.randint(1, BIG)] for _ in range(N)]),
         note="largest: one agent, every build waiting from the start"),
    Case((50, _builds(_rng, N, 10**6, 2000)), note="largest: a queue that builds up"),
    Case((1000, _builds(_rng, N, 100, 5)), note="largest: arrivals and durations mostly tied"),
    Case((N, _builds(_rng, N, BIG, BIG)), note="largest: random over the whole range"),
]


def generate(rng):
    agents = rng.randint(1, 8)
    n = rng.randint(0, 400)
    return agents, _builds(rng, n, rng.choice([5, 50, 500]), rng.choice([3, 10, 100]))


def arguments():
    build = st.tuples(st.integers(0, 12), st.integers(1, 6)).map(list)
    return st.tuples(st.integers(1, 4), st.lists(build, max_size=12))


def invariant(args, result):
    agents, builds = args
    if len(result) != len(builds):
        return f"expected {len(builds)} pairs, got {len(result)}"
    for i, ((arrival, _), (agent, start)) in enumerate(zip(builds, result, strict=True)):
        if not 0 <= agent < agents or start < arrival:
            return f"build {i}: agent {agent} at {start} is impossible"
    return None


def scale(rng, n):
    """n agents and n builds arriving one after another, each holding its agent for good:
    finding the lowest idle agent by a scan passes every busy one, so it grows like n^2."""
    return n, [[i, BIG] for i in range(n - 1, -1, -1)]
