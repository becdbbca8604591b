import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 2, 4, 1], [[0, 2], [1, 2], [2, 3]]), expected=[3, 2, 7, 8],
         note="job 2 waits for the later of jobs 0 and 1 (minute 3), then runs 4 minutes"),
    Case(([5, 1, 1], [[1, 2], [2, 1]]), expected=[], note="jobs 1 and 2 wait for each other"),
    Case(([0, 6, 0], [[1, 0], [1, 2]]), expected=[6, 6, 6],
         note="zero-length jobs finish as soon as they start"),
]

LIMIT = 50_000
TOP = 10**9


def _random_dag(rng: random.Random, n: int, m: int) -> list[list[int]]:
    if n < 2:
        return []
    rank = list(range(n))
    rng.shuffle(rank)
    deps = []
    for _ in range(m):
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            deps.append([rank[min(i, j)], rank[max(i, j)]])
    return deps


def _durations(rng: random.Random, n: int, top: int) -> list[int]:
    return [rng.randint(0, top) for _ in range(n)]


def _backwards_chain(n: int) -> list[list[int]]:
    return [[j, j + 1] for j in reversed(range(n - 1))]


_rng = random.Random(515)
_cycle = _random_dag(_rng, LIMIT, LIMIT - 2)
_cycle += [[LIMIT - 1, 0], [0, LIMIT - 1]]

HIDDEN = [
    Case(([], []), note="no jobs"),
    Case(([7], []), note="a single job"),
    Case(([7], [[0, 0]]), note="a job that depends on itself"),
    Case(([0, 0, 0], [[0, 1], [1, 2], [2, 0]]), note="a cycle of zero-length jobs"),
    Case(([1, 2, 3, 4], [[0, 1], [0, 1], [1, 3]]), note="a repeated dependency"),
    Case(([4, 1, 1, 1, 9], [[0, 4], [1, 2], [2, 3], [3, 4]]),
         note="a long chain of short jobs against one long job"),
    Case(([2, 3, 5, 7, 11], [[3, 4], [4, 3]]), note="a cycle apart from the other jobs"),
    Case(([TOP] * 5, [[0, 1], [1, 2], [2, 3], [3, 4]]), note="largest durations"),
    Case(([0] * 6, [[0, 5], [5, 1], [1, 4]]), note="all durations zero"),
    Case((_durations(_rng, LIMIT, TOP), _backwards_chain(LIMIT)),
         note="largest, one chain listed back to front"),
    Case((_durations(_rng, LIMIT, TOP), [[j + 1, j] for j in range(LIMIT - 1)]),
         note="largest, one chain from the last job down to job 0"),
    Case((_durations(_rng, LIMIT, TOP), _random_dag(_rng, LIMIT, LIMIT)),
         note="largest, random"),
    Case((_durations(_rng, LIMIT, 10), [[0, j] for j in range(1, LIMIT)]),
         note="largest, one job feeds all others"),
    Case((_durations(_rng, LIMIT, 100), _cycle), note="largest, one cycle"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    deps = _random_dag(rng, n, rng.randint(0, 2 * n))
    if rng.random() < 0.3 and deps:
        a, b = rng.choice(deps)
        deps.append([b, a])
    return _durations(rng, n, rng.choice([0, 5, TOP])), deps


@st.composite
def _small(draw):
    n = draw(st.integers(0, 8))
    durations = draw(st.lists(st.integers(0, 9), min_size=n, max_size=n))
    if n == 0:
        return durations, []
    pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    deps = draw(st.lists(pair, max_size=12))
    if draw(st.booleans()):
        deps = [sorted(p) for p in deps if p[0] != p[1]]
        order = draw(st.permutations(range(n)))
        deps = [[order[a], order[b]] for a, b in deps]
    return durations, deps


def arguments():
    return _small()


def scale(rng, n):
    return _durations(rng, n, 1000), _backwards_chain(n)


def invariant(args, result):
    durations, deps = args
    if result == []:
        return None
    if len(result) != len(durations):
        return f"expected {len(durations)} finish times, got {len(result)}"
    start = [f - d for f, d in zip(result, durations, strict=True)]
    latest = [0] * len(durations)
    for a, b in deps:
        if start[b] < result[a]:
            return f"job {b} starts at {start[b]}, before job {a} finishes at {result[a]}"
        latest[b] = max(latest[b], result[a])
    for job, begin in enumerate(start):
        if begin != latest[job]:
            return f"job {job} should start at {latest[job]}, not {begin}"
    return None
