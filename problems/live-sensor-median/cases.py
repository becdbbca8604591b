import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("StreamMedian",), ("median",), ("add", 5), ("median",), ("add", 1), ("median",),
             ("add", 8), ("median",), ("add", 2), ("median",)),
         expected=[None, None, None, 5, None, 3.0, None, 5, None, 3.5],
         note="None before any reading; with 1, 2, 5, 8 the median is (2 + 5) / 2"),
    Case(ops(("StreamMedian",), ("add", -3), ("add", -4), ("median",), ("add", -4),
             ("median",), ("add", 7), ("median",)),
         expected=[None, None, None, -3.5, None, -4, None, -3.5],
         note="negative halves are not rounded; a repeated reading counts twice"),
]


def _calls(operations: list[tuple]) -> tuple:
    return ops(("StreamMedian",), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _adds(values, every: int) -> list[tuple]:
    """An add per value, and a median after every `every` adds (and at the end)."""
    out = []
    for i, value in enumerate(values, 1):
        out.append(("add", value))
        if i % every == 0:
            out.append(("median",))
    out.append(("median",))
    return out


def _random_calls(rng: random.Random, count: int, low: int, high: int,
                  median_share: float) -> list[tuple]:
    return [("median",) if rng.random() < median_share else ("add", rng.randint(low, high))
            for _ in range(count)]


_rng = random.Random(9157)
BIG = 10**9

HIDDEN = [
    Case(_calls([]), note="only the constructor"),
    Case(_calls([("median",), ("median",)]), note="median of nothing, twice"),
    Case(_calls([("add", 42), ("median",)]), note="a single reading"),
    Case(_calls([("add", 0), ("median",), ("add", 0), ("median",)]), note="zeros"),
    Case(_calls([("add", 3), ("add", 4), ("median",)]), note="an even count with a half"),
    Case(_calls([("add", 4), ("add", 3), ("median",)]), note="the same, in the other order"),
    Case(_calls([("add", -3), ("add", -4), ("median",), ("add", -1), ("add", -2),
                 ("median",)]),
         note="negative halves: integer division would round them down"),
    Case(_calls([("add", -5), ("add", 2), ("median",)]), note="a half below zero"),
    Case(_calls([("add", 7)] * 6 + [("median",), ("add", 7), ("median",)]),
         note="every reading equal"),
    Case(_calls([("add", BIG), ("add", -BIG), ("median",), ("add", BIG), ("median",),
                 ("add", BIG - 1), ("median",)]),
         note="extreme readings"),
    Case(_calls([("add", BIG), ("add", BIG - 1), ("median",)]), note="a half near 10**9"),
    Case(_calls(_adds(range(20), 1)), note="ascending readings"),
    Case(_calls(_adds(range(20, 0, -1), 1)), note="descending readings"),
    Case(_calls(_adds([(-1) ** i * i for i in range(25)], 1)),
         note="readings alternating around zero"),
    Case(_calls(_adds([5, 5, 1, 1, 9, 9, 5, 1, 9, 5], 1)), note="many duplicates"),
    Case(_calls([("add", 1), ("median",), ("median",), ("median",), ("add", 2),
                 ("median",), ("median",)]),
         note="median does not change the readings"),
    # 594_000 adds, a median after every 99 and one at the end: 600_001 calls
    Case(_lists(_calls(_adds(range(BIG, BIG - 594_000, -1), 99))),
         note="largest: descending readings, each inserted at the front of a sorted list"),
    Case(_lists(_calls(_adds(range(-150_000, 150_000, 2), 1))),
         note="large: a median after every reading"),
    Case(_lists(_calls(_random_calls(_rng, 300_000, -BIG, BIG, 0.3))),
         note="large: random readings over the whole range"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, -3, 3, 0.5))),
         note="large: few distinct readings"),
]


def generate(rng):
    count = rng.randint(0, 3000)
    spread = rng.choice([2, 50, BIG])
    return _calls(_random_calls(rng, count, -spread, spread, rng.random()))


_call = st.one_of(
    st.tuples(st.just("add"), st.tuples(st.integers(-6, 6))),
    st.tuples(st.just("median"), st.just(())),
)


def arguments():
    return st.lists(_call, max_size=40).map(
        lambda calls: ([("StreamMedian", [])] + [(name, list(a)) for name, a in calls],))


def scale(rng, n):
    """n descending readings with a median after every 50: a sorted list shifts all of its
    elements on every insertion, and grows like n^2."""
    return _lists(_calls(_adds(range(n, 0, -1), 50)))
