import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([(1, 2, 4), (2, 1, 5), (3, 3, 8)], 3, 3), expected=9,
         note="two small jobs beat the big one"),
    Case(([(0, 0, 7), (1, 0, 3), (0, 6, 20)], 0, 5), expected=7,
         note="no cores free: only the job that needs nothing"),
    Case(([], 10, 10), expected=0, note="an empty queue"),
]


def _jobs(rng, n, most_cores, most_memory, low=1, high=10**6):
    return [(rng.randint(0, most_cores), rng.randint(0, most_memory), rng.randint(low, high))
            for _ in range(n)]


_rng = random.Random(20261206)

HIDDEN = [
    Case(([], 0, 0), note="nothing at all"),
    Case(([(0, 0, 5)], 0, 0), note="a job that needs nothing on a node with nothing"),
    Case(([(0, 0, 5), (0, 0, 6), (0, 0, 1)], 3, 3), note="every free job runs, once each"),
    Case(([(3, 4, 10)], 3, 4), note="exactly the node's size"),
    Case(([(3, 4, 10)], 2, 4), note="one core short"),
    Case(([(3, 4, 10)], 3, 3), note="one GiB short"),
    Case(([(1, 0, 5)], 4, 0), note="cores only, taken once, not four times"),
    Case(([(0, 1, 5)], 0, 4), note="memory only, taken once, not four times"),
    Case(([(1, 1, 3)] * 5, 3, 3), note="equal jobs: three fit"),
    Case(([(2, 1, 6), (1, 2, 6), (2, 2, 10)], 3, 3), note="the two lopsided jobs fit together"),
    Case(([(1, 1, 1), (2, 2, 5), (2, 2, 5)], 4, 4),
         note="the cheapest job by size is not part of the best mix"),
    Case(([(4, 0, 9), (0, 4, 9), (3, 3, 17)], 4, 4),
         note="a cores-only and a memory-only job share the node"),
    Case(([(5, 1, 8), (1, 5, 8), (3, 3, 9)], 6, 6),
         note="the best by one dimension alone overfills the other"),
    Case(([(1, 9, 10**6), (9, 1, 10**6), (5, 5, 10**6)], 10, 10),
         note="largest credits, ties between mixes"),
    Case(([(80, 80, 10**6)] + [(1, 1, 1)] * 79, 80, 80), note="one job fills the node"),
    Case(([(80, 0, 3)] * 2 + [(0, 80, 3)] * 2, 80, 80), note="limits at 80"),
    Case((_jobs(_rng, 80, 80, 80), 80, 80), note="largest, jobs of any size"),
    Case((_jobs(_rng, 80, 12, 12), 80, 80), note="largest, small jobs (many fit)"),
    Case((_jobs(_rng, 80, 6, 30, 1, 20), 80, 80), note="largest, many equal totals"),
    Case((_jobs(_rng, 80, 40, 2), 80, 80), note="largest, memory nearly free"),
    Case((_jobs(_rng, 80, 80, 80), 80, 0), note="largest queue, no memory"),
]


def generate(rng):
    cores, memory = rng.randint(0, 40), rng.randint(0, 40)
    return _jobs(rng, rng.randint(0, 30), 15, 15, 1, 50), cores, memory


def arguments():
    job = st.tuples(st.integers(0, 4), st.integers(0, 4), st.integers(1, 9))
    return st.tuples(st.lists(job, max_size=8), st.integers(0, 8), st.integers(0, 8))


def invariant(args, result):
    jobs = args[0]
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result < 0:
        return f"a total of credits cannot be negative, got {result}"
    if result > sum(v for _, _, v in jobs):
        return f"{result} is more than every job's credits together"
    return None


def scale(rng, n):
    """n jobs (up to 80) of any size on a node of n cores and n GiB."""
    return _jobs(rng, n, n, n), n, n
