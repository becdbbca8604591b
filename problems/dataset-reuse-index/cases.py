import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4, 0, 7, 2, 5],), expected=3,
         note="three datasets (4, 7, 5) were reused at least 3 times; only three reach 4"),
    Case(([1, 1, 1],), expected=1),
    Case(([1000, 999],), expected=2,
         note="huge counts, but there are only two datasets"),
]

N = 200_000
_rng = random.Random(2828)


def _shuffled(values: list[int]) -> list[int]:
    values = list(values)
    _rng.shuffle(values)
    return values


HIDDEN = [
    Case(([],), note="empty list"),
    Case(([0],), note="a single dataset never reused"),
    Case(([7],), note="a single dataset reused often"),
    Case(([1],), note="a single dataset reused once: exactly h"),
    Case(([0, 0, 0, 0],), note="all zeros"),
    Case(([3, 3, 3],), note="every count equals n: exactly h on both sides"),
    Case(([2, 2, 2],), note="all equal, below n"),
    Case(([5, 5, 5, 5],), note="all equal, above n"),
    Case(([10**9] * 6,), note="extreme counts: the index stops at n"),
    Case(([0, 10**9],), note="one extreme, one zero"),
    Case(([2, 1],), note="the largest count sits at n exactly"),
    Case(([1, 2, 2],), note="exactly h datasets with exactly h"),
    Case(([6, 5, 3, 1, 0],), note="the first h that fails is strictly above its count"),
    Case(([4, 4, 0, 0, 4, 4, 1],), note="exactly 4 datasets with exactly 4"),
    Case(([9, 9, 9, 2, 2, 2, 2],), note="3 not reachable by the tall ones alone"),
    Case(([0, 0, 1, 0],), note="one reuse in all"),
    Case((_shuffled(range(N)),), note="largest, 0 .. n-1 shuffled: index near n/2"),
    Case((_shuffled([_rng.randint(0, 10**9) for _ in range(N)]),),
         note="largest, huge random counts"),
    Case((_shuffled([N // 2] * (N // 2) + [N // 2 - 1] * (N // 2)),),
         note="largest, two values around n/2"),
    Case((_shuffled([_rng.randint(0, N) for _ in range(N)]),), note="largest, counts up to n"),
    Case(([N] * N,), note="largest, every count equals n"),
    Case(([0] * N,), note="largest, no reuse at all"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    top = rng.choice([3, n + 1, 2 * n + 1, 10**9])
    return ([rng.randint(0, top) for _ in range(n)],)


def arguments():
    return st.tuples(st.lists(st.integers(0, 12), max_size=12))


def invariant(args, result):
    (reuses,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if sum(1 for c in reuses if c >= result) < result:
        return f"fewer than {result} datasets were reused at least {result} times"
    if sum(1 for c in reuses if c >= result + 1) >= result + 1:
        return f"{result + 1} datasets were reused at least {result + 1} times: {result} is too small"
    return None


def scale(rng, n):
    values = list(range(n))
    rng.shuffle(values)
    return (values,)
