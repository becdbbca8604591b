import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4, 9, 2, 7], 5), expected=5,
         note="rate 5 leaves backlogs 0, 4, 1, 3; rate 4 would leave 0, 5, 3, 6"),
    Case(([3, 3, 3], 10), expected=0, note="the buffer holds all 9 records"),
    Case(([0, 0, 0, 10], 0), expected=10,
         note="idle hours do not bank capacity for the burst"),
]

_rng = random.Random(28091)
LIMIT = 100_000
TOP = 10**9


def _fits(arrivals, buffer, rate):
    backlog = 0
    for amount in arrivals:
        backlog = max(0, backlog + amount - rate)
        if backlog > buffer:
            return False
    return True


def _middle_block():
    quiet = [_rng.randint(0, 10**6) for _ in range(LIMIT)]
    start = LIMIT // 2 - 2000
    for i in range(start, start + 4000):
        quiet[i] = _rng.randint(7 * 10**8, TOP)
    return quiet


HIDDEN = [
    Case(([], 0), note="no hours"),
    Case(([], 10**14), note="no hours, huge buffer"),
    Case(([7], 0), note="single hour, no buffer"),
    Case(([7], 7), note="single hour that the buffer holds exactly"),
    Case(([7], 6), note="single hour, one record too many"),
    Case(([0, 0, 0], 0), note="nothing arrives"),
    Case(([5, 5, 5], 3), note="backlog grows to exactly the buffer at rate 4"),
    Case(([5, 5, 5], 2), note="one less buffer space needs rate 5"),
    Case(([9, 9, 9, 9], 0), note="duplicates, no buffer: the rate is the peak"),
    Case(([1, 8, 1, 8, 1, 8], 4), note="the backlog drains between bursts"),
    Case(([3, 7], 2), note="an hour one record short of the rate banks nothing"),
    Case(([0, 0, 0, 0, 0, 12, 12], 6), note="idle hours then a long burst"),
    Case(([20, 0, 0, 0, 0, 0, 3, 3, 3, 3], 10), note="the peak hour binds"),
    Case(([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11], 9), note="a late spike binds"),
    Case(([6, 6, 6, 6, 6, 6, 0, 0, 40], 30), note="a long run binds, not the peak"),
    Case(([TOP, TOP, 0, TOP], 0), note="extremes, no buffer"),
    Case(([TOP, TOP, TOP], 3 * TOP), note="the buffer holds everything exactly"),
    Case(([TOP, TOP, TOP], 3 * TOP - 1), note="one record over: rate 1 is enough"),
    Case(([TOP] * LIMIT, 0), note="largest, no buffer: the answer is 10**9"),
    Case(([TOP] * LIMIT, 10**14), note="largest, the buffer holds all 10**14 records"),
    Case(([TOP] * LIMIT, 10**14 - 1), note="largest, one record over the buffer"),
    Case(([_rng.randint(4 * 10**8, 6 * 10**8) for _ in range(LIMIT)], 10**12),
         note="largest, the answer is near 5 * 10**8"),
    Case((_middle_block(), 3 * 10**11), note="largest, a burst in the middle binds"),
    Case(([_rng.randint(0, TOP) for _ in range(LIMIT)], 10**9), note="largest, random"),
]


def generate(rng):
    top = rng.choice([10, 1000, 10**6, TOP])
    arrivals = [rng.randint(0, top) for _ in range(rng.randint(0, 2000))]
    return arrivals, rng.randint(0, rng.choice([0, top, 50 * top]))


def scale(rng, n):
    """n hours: checking every run of hours grows like n^2."""
    return [rng.randint(0, TOP) for _ in range(n)], 10**9


def arguments():
    return st.tuples(st.lists(st.integers(0, 30), max_size=12), st.integers(0, 60))


def invariant(args, result):
    arrivals, buffer = args
    if not isinstance(result, int) or isinstance(result, bool) or result < 0:
        return f"expected a non-negative int, got {result!r}"
    if not _fits(arrivals, buffer, result):
        return f"at rate {result} the backlog exceeds the buffer"
    if result > 0 and _fits(arrivals, buffer, result - 1):
        return f"rate {result - 1} already keeps the backlog within the buffer"
    return None
