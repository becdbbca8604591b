import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("RecentHitCounter", 10), ("hit", 1), ("hit", 4), ("hit", 4), ("count", 4),
             ("count", 10), ("count", 11), ("count", 14), ("hit", 20), ("count", 20)),
         expected=[None, None, None, None, 3, 3, 2, 0, None, 1],
         note="at t = 11 the hit of second 1 is exactly 10 seconds old and no longer counts; "
              "the two hits of second 4 leave together at t = 14"),
    Case(ops(("RecentHitCounter", 3), ("count", 2), ("hit", 2), ("count", 2), ("hit", 2),
             ("count", 4), ("count", 5)),
         expected=[None, 0, None, 1, None, 2, 0],
         note="a count sees only the hits made before it, even in the same second"),
]

TOP = 10**9
_rng = random.Random(61129)


def _calls(window: int, operations: list[tuple]) -> tuple:
    return ops(("RecentHitCounter", window), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _random_calls(rng: random.Random, count: int, start: int, max_step: int,
                  hit_share: float) -> list[tuple]:
    """Calls at non-decreasing times (a step of 0 keeps the same second), never past 10**9."""
    out = []
    now = start
    for _ in range(count):
        now = min(TOP, now + rng.randint(0, max_step))
        out.append(("hit", now) if rng.random() < hit_share else ("count", now))
    return out


def _alternating(count: int) -> list[tuple]:
    """A hit and a count in turn, a new second every third hit."""
    out = []
    for i in range(count // 2):
        out.append(("hit", 1 + i // 3))
        out.append(("count", 1 + i // 3))
    return out


HIDDEN = [
    Case(_calls(TOP, []), note="only the constructor, the longest window"),
    Case(_calls(TOP, [("hit", 1), ("count", TOP), ("hit", TOP), ("count", TOP)]),
         note="the longest window: a hit at second 1 still counts at 10**9"),
    Case(_calls(5, [("count", 1), ("count", 7)]), note="counts before any hit"),
    Case(_calls(1, [("hit", 5), ("count", 5), ("count", 6), ("hit", 6), ("hit", 7),
                    ("count", 7)]),
         note="a window of one second holds only the current second"),
    Case(_calls(10, [("hit", 1), ("count", 10), ("count", 11)]),
         note="a hit exactly window seconds old is gone"),
    Case(_calls(10, [("hit", 5), ("count", 14), ("count", 15)]),
         note="a hit window - 1 seconds old still counts"),
    Case(_calls(7, [("hit", 3)] * 5 + [("count", 3), ("count", 9), ("count", 10)]),
         note="five hits in one second, leaving together"),
    Case(_calls(4, [("hit", 4), ("count", 4), ("hit", 4), ("count", 4), ("hit", 4),
                    ("count", 4)]),
         note="counts between hits of the same second"),
    Case(_calls(10, [("hit", 1), ("hit", 2), ("hit", 3), ("count", 1000), ("hit", 1001),
                     ("count", 1001), ("count", 1010), ("count", 1011)]),
         note="a count after a quiet spell"),
    Case(_calls(10, [("hit", 1), ("hit", 1), ("hit", 2), ("count", 10), ("count", 11),
                     ("count", 12)]),
         note="two hits in second 1, then one in second 2: the seconds leave one at a time"),
    Case(_calls(10, [("hit", 1), ("hit", 2), ("count", 11), ("count", 11), ("count", 12)]),
         note="the same count asked twice"),
    Case(_calls(3, [("hit", t) for t in range(1, 11)] + [("count", 10), ("count", 12),
                                                         ("count", 13)]),
         note="a hit every second"),
    Case(_calls(TOP - 1, [("hit", 1), ("hit", 2), ("count", TOP), ("count", TOP)]),
         note="extremes: the window's start lands on second 1"),
    Case(_calls(2, [("hit", TOP), ("count", TOP), ("hit", TOP), ("count", TOP)]),
         note="hits at the last second"),
    # 100_000 hits and 100_000 counts: the most a test makes
    Case(_lists(_calls(TOP, _alternating(200_000))),
         note="largest: a window that keeps every hit, a count after each one"),
    Case(_lists(_calls(50, [("hit", 777)] * 150_000 + [("count", 777)] * 50_000)),
         note="large: every call in one second"),
    Case(_lists(_calls(1000, _random_calls(_rng, 200_000, 1, 30, 0.6))),
         note="large: hits keep leaving the window"),
    Case(_lists(_calls(1, _random_calls(_rng, 200_000, 1, 1, 0.7))),
         note="large: a one-second window"),
    Case(_lists(_calls(123_456, _random_calls(_rng, 200_000, TOP - 2 * 10**6, 20, 0.5))),
         note="large: times near 10**9"),
]


def generate(rng):
    window = rng.choice([1, 2, 5, rng.randint(1, 100), rng.randint(1, TOP)])
    count = rng.randint(0, 3000)
    return _calls(window, _random_calls(rng, count, rng.randint(1, 100),
                                        rng.choice([0, 1, 3, 10, 200]), rng.random()))


_step = st.tuples(st.booleans(), st.integers(0, 3))


def _as_calls(drawn: tuple) -> tuple:
    window, steps = drawn
    calls = [("RecentHitCounter", [window])]
    now = 1
    for is_hit, delta in steps:
        now += delta
        calls.append(("hit" if is_hit else "count", [now]))
    return (calls,)


def arguments():
    return st.tuples(st.integers(1, 6), st.lists(_step, max_size=40)).map(_as_calls)


def scale(rng, n):
    """n calls, a hit and a count in turn, with a window that keeps every hit: a count that
    looks at every recorded hit grows like n^2."""
    return _lists(_calls(TOP, _alternating(n)))
