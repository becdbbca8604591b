import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[1, 4], [2, 5], [4, 6], [7, 8]],), expected=2, note="[1, 4) ends as [4, 6) starts"),
    Case(([[0, 10], [1, 2], [1, 3], [2, 3]],), expected=3),
    Case(([[5, 6], [6, 7], [7, 8]],), expected=1, note="back-to-back sessions never overlap"),
]

_rng = random.Random(7404)
LIMIT = 100_000


def _random_sessions(count: int, low: int, high: int, longest: int) -> list[list[int]]:
    out = []
    for _ in range(count):
        start = _rng.randint(low, high - 1)
        out.append([start, min(high, start + _rng.randint(1, longest))])
    return out


HIDDEN = [
    Case(([],), note="no sessions"),
    Case(([[3, 4]],), note="single session"),
    Case(([[2, 9]] * 5,), note="identical sessions"),
    Case(([[-10, -5], [-7, -1], [-6, -5]],), note="negative times"),
    Case(([[-10**9, 10**9], [0, 1], [10**9 - 1, 10**9]],), note="extremes"),
    Case(([[i, i + 1] for i in range(50)],), note="a chain of touching sessions"),
    Case(([[4, 8], [1, 5], [6, 9], [0, 2]],), note="unsorted input"),
    Case(([[0, 1], [1, 2], [0, 2], [1, 3]],), note="starts and ends share times"),
    Case(([[4, 6], [1, 4]],), note="the later session listed first touches the earlier one"),
    Case(([[5, 9], [7, 8], [2, 5], [0, 5], [5, 6]],), note="two sessions end where three start, listed out of order"),
    Case((_random_sessions(LIMIT, -10**9, 10**9, 10**7),), note="largest, random"),
    Case(([[i, i + 1] for i in range(LIMIT)],), note="largest, touching chain"),
    Case(([[-i, i + 1] for i in range(LIMIT)],), note="largest, nested"),
]


def generate(rng):
    sessions = []
    for _ in range(rng.randint(0, 2000)):
        start = rng.randint(-500, 500)
        sessions.append([start, start + rng.randint(1, 60)])
    return (sessions,)


def scale(rng, n):
    sessions = []
    for _ in range(n):
        start = rng.randint(-10**9, 10**9 - 1)
        sessions.append([start, min(10**9, start + rng.randint(1, 10**7))])
    return (sessions,)


def _session():
    return st.tuples(st.integers(-15, 15), st.integers(1, 8)).map(lambda p: [p[0], p[0] + p[1]])


def arguments():
    return st.tuples(st.lists(_session(), max_size=12))


def invariant(args, result):
    (sessions,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {result!r}"
    if not (0 if not sessions else 1) <= result <= len(sessions):
        return f"the peak must lie between 1 and {len(sessions)}, got {result}"
    return None
