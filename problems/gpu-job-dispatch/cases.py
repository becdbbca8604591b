import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((2, [[0, 10], [1, 5], [2, 4], [6, 3]]), expected=[[0, 0], [1, 1], [1, 6], [0, 10]],
         note="job 2 waits for GPU 1 (idle at 6); job 3 finds both busy until 10 and takes GPU 0"),
    Case((3, [[5, 2], [0, 5], [0, 3], [3, 1], [5, 1]]),
         expected=[[0, 5], [0, 0], [1, 0], [1, 3], [1, 5]],
         note="handled by submit time; a GPU whose job ends at 3 (or 5) is idle at 3 (or 5)"),
]

_rng = random.Random(2805)
LIMIT = 100_000
LONG = 10**9


def _random_jobs(rng: random.Random, count: int, last_submit: int,
                 longest: int) -> list[list[int]]:
    return [[rng.randint(0, last_submit), rng.randint(1, longest)] for _ in range(count)]


def _staircase(count: int) -> list[list[int]]:
    # job i arrives at time i and runs far past the last arrival: it finds GPUs 0..i-1 busy
    jobs = [[i, LONG] for i in range(count)]
    _rng.shuffle(jobs)
    return jobs


HIDDEN = [
    Case((1, []), note="no jobs"),
    Case((LIMIT, []), note="no jobs, the most GPUs"),
    Case((1, [[7, 3]]), note="one GPU, one job"),
    Case((4, [[0, 1]]), note="one job takes GPU 0"),
    Case((1, [[0, 3], [1, 3], [2, 3]]), note="one GPU, a queue"),
    Case((1, [[2, 3], [0, 3], [1, 3]]), note="one GPU, a queue listed out of order"),
    Case((1, [[0, 5], [5, 1]]), note="one GPU, the next job arrives as it frees"),
    Case((1, [[0, 5], [0, 1]]), note="same submit time: input order, not the shorter first"),
    Case((2, [[3, 1], [3, 9], [3, 2]]), note="three jobs at once on two GPUs"),
    Case((3, [[0, 4], [0, 10], [4, 1]]),
         note="GPU 0 frees exactly as the job arrives while GPU 2 was never used"),
    Case((3, [[0, 2], [0, 1], [5, 1]]),
         note="GPU 1 freed first, but GPU 0 has the smaller number"),
    Case((2, [[0, 5], [0, 1], [6, 1]]), note="two GPUs free up before the next job"),
    Case((3, [[0, 10], [0, 10], [0, 10], [1, 1]]),
         note="all GPUs idle again at 10: the waiting job takes GPU 0"),
    Case((3, [[0, 10], [0, 7], [0, 10], [1, 1], [2, 5]]),
         note="waiting jobs go to the GPU that frees first, not to GPU 0"),
    Case((2, [[0, 4], [0, 6], [1, 3], [2, 3], [3, 3]]), note="a queue of waiting jobs"),
    Case((2, [[0, 4], [1, 1], [2, 1], [3, 5]]), note="a GPU is reused while GPU 0 stays busy"),
    Case((4, [[0, 1]] * 6), note="identical jobs"),
    Case((5, [[0, 3], [0, 3], [1, 1], [2, 5], [3, 1], [3, 1], [3, 2]]),
         note="several GPUs idle at once, the smallest number first"),
    Case((1, [[10**9, 10**9], [10**9, 10**9], [10**9, 10**9]]),
         note="the largest values: start times pass 10**9"),
    Case((2, [[0, 10**9], [10**9, 1], [0, 10**9], [10**9 - 1, 10**9]]), note="extremes"),
    Case((LIMIT, _staircase(LIMIT)), note="largest, every job finds the GPUs below it busy"),
    Case((LIMIT // 2, [[i, LONG] for i in range(LIMIT)]),
         note="largest, the second half of the jobs all wait"),
    Case((1000, _random_jobs(_rng, LIMIT, 10**6, 20_000)), note="largest, random, queues"),
    Case((LIMIT, _random_jobs(_rng, LIMIT, 10**9, 10**9)), note="largest, random"),
]


def generate(rng):
    gpus = rng.randint(1, 40)
    count = rng.randint(0, 2000)
    last_submit = rng.choice([10, 300, 3000])
    return (gpus, _random_jobs(rng, count, last_submit, rng.choice([1, 5, 50, 400])))


def scale(rng, n):
    # as many GPUs as jobs; long jobs keep the low-numbered GPUs busy
    return (n, [[rng.randint(0, 10 * n), rng.randint(n, 10**9)] for _ in range(n)])


def _job():
    return st.tuples(st.integers(0, 12), st.integers(1, 6)).map(list)


def arguments():
    return st.tuples(st.integers(1, 4), st.lists(_job(), max_size=10))


def invariant(args, result):
    gpus, jobs = args
    if not isinstance(result, list) or len(result) != len(jobs):
        return f"expected a list of {len(jobs)} [gpu, begin] pairs"
    spans = []
    for i, (pair, (submit, duration)) in enumerate(zip(result, jobs, strict=True)):
        if len(pair) != 2 or not 0 <= pair[0] < gpus or pair[1] < submit:
            return f"job {i}: {pair!r} is not a GPU number and a start at or after {submit}"
        spans.append((pair[0], pair[1], pair[1] + duration))
    spans.sort()
    for a, b in zip(spans, spans[1:], strict=False):
        if a[0] == b[0] and b[1] < a[2]:
            return f"two jobs overlap on GPU {a[0]}"
    return None
