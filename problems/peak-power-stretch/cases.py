import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 6, 3], [4, 10, 2], [8, 12, 5]],), expected=[7, 8, 10],
         note="draw 3, 5, 2, 7, 5 on [1,4), [4,6), [6,8), [8,10), [10,12)"),
    Case(([[0, 4, 5], [4, 8, 2], [4, 6, 3]],), expected=[5, 0, 6],
         note="at t = 4 one job of 5 W ends and 2 W + 3 W start: the draw stays at 5"),
    Case(([],), expected=[], note="no jobs"),
]

N = 100_000
BIG = 10**9
MAX_W = 10**6
_rng = random.Random(5150)


def _random_jobs(count, low, high, longest, top_watts):
    jobs = []
    for _ in range(count):
        start = _rng.randint(low, high - 1)
        jobs.append([start, min(high, start + _rng.randint(1, longest)),
                     _rng.randint(1, top_watts)])
    return jobs


_chain = [[i, i + 1, 7] for i in range(N)]
_rng.shuffle(_chain)
_relay = []
for i in range(N // 2):
    # each second two jobs: one of 3 W and one of 4 W, handing over to the next pair
    _relay.append([2 * i, 2 * i + 2, 3])
    _relay.append([2 * i, 2 * i + 2, 4])
_relay.append([BIG - 5, BIG, 7])

HIDDEN = [
    Case(([[3, 8, 2]],), note="a single job"),
    Case(([[0, 5, 4], [5, 9, 4]],), note="equal jobs touching: one stretch, never 8"),
    Case(([[5, 9, 4], [0, 5, 4]],), note="touching, given in reverse order"),
    Case(([[0, 5, 3], [5, 9, 4]],), note="touching, the later job is heavier"),
    Case(([[0, 5, 4], [5, 9, 3]],), note="touching, the earlier job is heavier"),
    Case(([[0, 4, 6], [4, 8, 2], [4, 8, 4], [8, 9, 1]],), note="one job hands over to two"),
    Case(([[0, 2, 5], [2, 4, 5], [4, 6, 5], [7, 9, 5]],), note="a relay, then a gap"),
    Case(([[0, 10, 1], [2, 3, 5]],), note="nested"),
    Case(([[0, 2, 4], [5, 7, 4], [9, 10, 4]],), note="three separate stretches at the peak"),
    Case(([[9, 10, 4], [5, 7, 4], [0, 2, 3]],), note="two separate stretches at the peak, unsorted"),
    Case(([[1, 4, 2]] * 3,), note="identical jobs"),
    Case(([[1, 4, 2], [1, 4, 2], [4, 6, 6]],), note="identical jobs, then one of equal draw"),
    Case(([[0, 6, 2], [3, 6, 1], [6, 9, 3]],), note="draw 2, 3 then 3 after a hand-over"),
    Case(([[0, 3, 2], [3, 5, 1], [5, 6, 2], [6, 8, 1]],), note="the peak returns after a dip"),
    Case(([[-9, -2, 3], [-5, 4, 2], [-3, -1, 4]],), note="negative times"),
    Case(([[-BIG, BIG, MAX_W], [-BIG, 0, MAX_W], [0, BIG, MAX_W]],),
         note="extremes: a hand-over at 0 keeps the peak"),
    Case(([[-BIG, -BIG + 1, 1], [BIG - 1, BIG, 2]],), note="extremes, one-second jobs"),
    Case(([[0, 1, 1], [1, 2, 2], [2, 3, 3], [3, 4, 2], [4, 5, 1]],), note="a staircase"),
    Case((_random_jobs(N, -BIG, BIG, 10**7, MAX_W),), note="largest, random, wide times"),
    Case((_random_jobs(N, 0, 2000, 300, 5),), note="largest, many equal times"),
    Case((_chain,), note="largest, a chain of hand-overs at one draw"),
    Case((_relay,), note="largest, pairs handing over, then a late job"),
    Case(([[-i, i + 1, MAX_W] for i in range(N)],), note="largest, nested, the peak at [0, 1)"),
    Case(([[0, BIG, MAX_W]] * N,), note="largest, identical jobs, a peak of 10**11"),
]


def generate(rng):
    jobs = []
    top = rng.choice([3, 50, MAX_W])
    for _ in range(rng.randint(1, 2000)):
        start = rng.randint(-400, 400)
        jobs.append([start, start + rng.randint(1, 60), rng.randint(1, top)])
    return (jobs,)


def _job():
    return st.tuples(st.integers(-10, 10), st.integers(1, 6), st.integers(1, 4)).map(
        lambda p: [p[0], p[0] + p[1], p[2]])


def arguments():
    return st.tuples(st.lists(_job(), max_size=10))


def invariant(args, result):
    (jobs,) = args
    if not jobs:
        return None if result == [] else f"expected [] for no jobs, got {result!r}"
    if len(result) != 3 or not all(isinstance(v, int) and not isinstance(v, bool) for v in result):
        return f"expected a list of three ints, got {result!r}"
    if not result[1] < result[2]:
        return f"the stretch [{result[1]}, {result[2]}) is empty"
    return None


def scale(rng, n):
    """n random jobs over a wide span of times: stepping second by second or summing every
    job at every event time grows far faster than n log n."""
    jobs = []
    for _ in range(n):
        start = rng.randint(-BIG, BIG - 1)
        jobs.append([start, min(BIG, start + rng.randint(1, 10**7)), rng.randint(1, MAX_W)])
    return (jobs,)
