import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("SeatDesk", 4), ("reserve",), ("reserve",), ("reserve",), ("release", 2),
             ("release", 1), ("reserve",), ("reserve",), ("reserve",)),
         expected=[None, 1, 2, 3, True, True, 1, 2, 4],
         note="seat 2 was handed back before seat 1, but the next student still gets seat 1"),
    Case(ops(("SeatDesk", 2), ("reserve",), ("reserve",), ("reserve",), ("release", 2),
             ("release", 2), ("release", 3), ("release", 0), ("reserve",)),
         expected=[None, 1, 2, -1, True, False, False, False, 2],
         note="a full hall gives -1; a free seat, seat 3 and seat 0 cannot be released"),
]

MAX_N = 10**5
TOP = 10**9
_rng = random.Random(16180)


def _calls(n: int, operations: list[tuple]) -> tuple:
    return ops(("SeatDesk", n), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _random_calls(rng: random.Random, n: int, count: int, reserve_share: float,
                  stray_share: float) -> list[tuple]:
    """Reserves and releases; a release names a seat in 1..n, or with probability
    stray_share a number that may lie outside it."""
    out = []
    for _ in range(count):
        if rng.random() < reserve_share:
            out.append(("reserve",))
        elif rng.random() < stray_share:
            out.append(("release", rng.choice([0, -1, -n, n + 1, rng.randint(-TOP, TOP)])))
        else:
            out.append(("release", rng.randint(1, n)))
    return out


def _fill_then_swap(rng: random.Random, n: int, pairs: int) -> list[tuple]:
    """Take every seat, then hand back a random taken seat and reserve again, pairs times:
    each reserve must find the one free seat, anywhere in 1..n."""
    out = [("reserve",)] * n
    for _ in range(pairs):
        out.append(("release", rng.randint(1, n)))
        out.append(("reserve",))
    return out


def _half_free(n: int, count: int) -> list[tuple]:
    """Take the lower half of the seats, then reserve and release the seat above them in
    turn: half the hall stays free all along."""
    out = [("reserve",)] * (n // 2)
    for _ in range(count // 2):
        out.append(("reserve",))
        out.append(("release", n // 2 + 1))
    return out


HIDDEN = [
    Case(_calls(1, []), note="only the constructor"),
    Case(_calls(1, [("reserve",), ("reserve",), ("release", 1), ("release", 1),
                    ("reserve",), ("reserve",)]),
         note="a single seat"),
    Case(_calls(3, [("release", 1), ("release", 2), ("release", 3), ("reserve",)]),
         note="releasing seats nobody holds"),
    Case(_calls(3, [("reserve",), ("reserve",), ("reserve",), ("release", -1),
                    ("release", -3), ("reserve",), ("release", 3), ("reserve",)]),
         note="negative numbers while the last seats are taken"),
    Case(_calls(3, [("reserve",), ("release", 0), ("release", -1), ("release", 4),
                    ("release", -TOP), ("release", TOP), ("reserve",)]),
         note="seat numbers outside 1..n"),
    Case(_calls(5, [("reserve",)] * 5 + [("release", 4), ("release", 2), ("release", 5),
                                        ("reserve",), ("reserve",), ("reserve",),
                                        ("reserve",)]),
         note="seats handed back out of order come back lowest first"),
    Case(_calls(5, [("reserve",)] * 3 + [("release", 3), ("reserve",), ("reserve",),
                                        ("release", 1), ("reserve",)]),
         note="a returned seat is lower than the never-used ones"),
    Case(_calls(6, [("reserve",)] * 4 + [("release", 2), ("reserve",), ("reserve",),
                                        ("reserve",), ("reserve",)]),
         note="one seat handed back, then the unused seats above"),
    Case(_calls(4, [("reserve",), ("reserve",), ("release", 2), ("release", 2),
                    ("reserve",), ("reserve",), ("reserve",)]),
         note="a double release must not give the seat out twice"),
    Case(_calls(3, [("reserve",)] * 3 + [("reserve",), ("release", 3), ("reserve",),
                                        ("reserve",)]),
         note="the highest seat, after the hall was full"),
    Case(_calls(2, [("reserve",), ("release", 1), ("reserve",), ("release", 1),
                    ("reserve",), ("reserve",), ("reserve",)]),
         note="the same seat taken and returned again and again"),
    Case(_calls(MAX_N, [("reserve",)] * 3 + [("release", MAX_N), ("release", 2),
                                            ("reserve",), ("reserve",)]),
         note="the most seats, only a few used"),
    # 10**5 reserves, then 5 * 10**4 release-reserve pairs: the most a test makes
    Case(_lists(_calls(MAX_N, _fill_then_swap(_rng, MAX_N, 50_000))),
         note="largest: the hall filled, then one seat at a time swapped"),
    Case(_lists(_calls(MAX_N, _half_free(MAX_N, 150_000))),
         note="large: half the seats free all along"),
    Case(_lists(_calls(MAX_N, _random_calls(_rng, MAX_N, 200_000, 0.6, 0.1))),
         note="large: random calls"),
    Case(_lists(_calls(50, _random_calls(_rng, 50, 200_000, 0.5, 0.2))),
         note="large: a small hall, mostly full"),
]


def generate(rng):
    n = rng.choice([1, 2, rng.randint(1, 20), rng.randint(1, 2000)])
    count = rng.randint(0, 3000)
    return _calls(n, _random_calls(rng, n, count, rng.uniform(0.2, 0.8), rng.random() / 3))


def _as_calls(drawn: tuple) -> tuple:
    n, steps = drawn
    calls = [("SeatDesk", [n])]
    for is_reserve, seat in steps:
        calls.append(("reserve", []) if is_reserve else ("release", [seat]))
    return (calls,)


def arguments():
    step = st.tuples(st.booleans(), st.integers(-2, 8))
    return st.tuples(st.integers(1, 6), st.lists(step, max_size=40)).map(_as_calls)


def scale(rng, n):
    """A hall of n // 2 seats filled, then release-reserve pairs: a desk that scans the
    seats from 1 on every reserve grows like n^2."""
    seats = max(1, n // 2)
    return _lists(_calls(seats, _fill_then_swap(rng, seats, (n - seats) // 2)))
