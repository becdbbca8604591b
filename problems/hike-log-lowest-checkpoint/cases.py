import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("HikeLog",), ("push", 5), ("push", 3), ("minimum",), ("push", 7), ("top",),
             ("minimum",), ("pop",), ("pop",), ("minimum",), ("top",)),
         expected=[None, None, None, 3, None, 7, 3, 7, 3, 5, 5],
         note="once 3 is popped the lowest checkpoint is 5 again"),
    Case(ops(("HikeLog",), ("pop",), ("minimum",), ("push", -2), ("push", -2), ("pop",),
             ("minimum",), ("pop",), ("top",), ("minimum",)),
         expected=[None, None, None, None, None, -2, -2, -2, None, None],
         note="an empty log answers None; popping one of two equal lowest elevations "
              "leaves the other"),
]

TOP = 10**9
_rng = random.Random(48151)


def _calls(operations: list[tuple]) -> tuple:
    return ops(("HikeLog",), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _random_calls(rng: random.Random, count: int, low: int, high: int,
                  push_share: float) -> list[tuple]:
    """Pushes with probability push_share, else one of pop, top and minimum."""
    out = []
    for _ in range(count):
        if rng.random() < push_share:
            out.append(("push", rng.randint(low, high)))
        else:
            out.append((rng.choice(["pop", "top", "minimum"]),))
    return out


def _push_then_ask(values: list[int], asks: int) -> list[tuple]:
    return [("push", v) for v in values] + [("minimum",)] * asks


def _descend_then_unwind(count: int) -> list[tuple]:
    """Every push is a new lowest, so every pop removes the lowest: a log that looks for
    the new lowest after such a pop scans all the checkpoints left."""
    out = [("push", TOP - 7 * i) for i in range(count)]
    for i in range(count):
        out.append(("pop",))
        if i % 500 == 0:
            out.append(("minimum",))
    out.append(("minimum",))
    return out


HIDDEN = [
    Case(_calls([]), note="only the constructor"),
    Case(_calls([("top",), ("pop",), ("minimum",), ("pop",), ("top",)]),
         note="every query on an empty log"),
    Case(_calls([("push", 4), ("top",), ("minimum",), ("pop",), ("pop",), ("top",),
                 ("minimum",)]),
         note="a single checkpoint, then one pop too many"),
    Case(_calls([("push", 5), ("push", 1), ("pop",), ("minimum",), ("top",)]),
         note="popping the lowest restores the one below it"),
    Case(_calls([("push", 3), ("push", 3), ("pop",), ("minimum",), ("pop",), ("minimum",)]),
         note="the lowest pushed twice, popped once"),
    Case(_calls([("push", 4), ("push", 2), ("push", 6), ("push", 2), ("minimum",), ("pop",),
                 ("minimum",), ("pop",), ("minimum",), ("pop",), ("minimum",)]),
         note="an equal lowest pushed after a higher checkpoint"),
    Case(_calls([("push", 1), ("push", 1), ("push", 1), ("pop",), ("pop",), ("minimum",),
                 ("push", 2), ("minimum",), ("pop",), ("pop",), ("minimum",)]),
         note="three equal checkpoints"),
    Case(_calls([("push", 9), ("pop",), ("push", 10), ("minimum",), ("top",)]),
         note="refilled after emptying: the old lowest is gone"),
    Case(_calls([("push", 8), ("push", 2), ("pop",), ("pop",), ("push", 11), ("push", 12),
                 ("minimum",)]),
         note="emptied twice over, then pushed again"),
    Case(_calls([("push", 0), ("minimum",), ("top",), ("push", 5), ("minimum",), ("pop",),
                 ("pop",), ("minimum",)]),
         note="an elevation of 0"),
    Case(_calls([("push", -1), ("minimum",), ("push", -1), ("pop",), ("top",),
                 ("minimum",)]),
         note="an elevation of -1"),
    Case(_calls([("push", TOP), ("push", -TOP), ("minimum",), ("push", TOP), ("minimum",),
                 ("pop",), ("pop",), ("minimum",), ("top",)]),
         note="extreme elevations"),
    Case(_calls([("push", -5), ("push", -9), ("push", -3), ("push", -9), ("minimum",),
                 ("pop",), ("pop",), ("minimum",), ("pop",), ("minimum",)]),
         note="below sea level"),
    Case(_calls([("push", v) for v in range(10)] + [("minimum",), ("pop",)] * 10
                + [("minimum",)]),
         note="climbing: the first checkpoint stays the lowest"),
    Case(_calls([("push", v) for v in range(10, 0, -1)] + [("minimum",), ("pop",)] * 10
                + [("minimum",)]),
         note="descending: each pop restores a higher lowest"),
    Case(_calls([("push", 2), ("push", 7), ("push", 1), ("push", 7), ("push", 1), ("pop",),
                 ("minimum",), ("pop",), ("minimum",), ("pop",), ("minimum",), ("pop",),
                 ("minimum",)]),
         note="lowest checkpoints with higher ones between them"),
    # 100_000 pushes and 100_000 minimum calls: the most a test makes
    Case(_lists(_calls(_push_then_ask([_rng.randint(-TOP, TOP) for _ in range(100_000)],
                                      100_000))),
         note="largest: 10**5 checkpoints, then 10**5 minimum calls"),
    Case(_lists(_calls(_descend_then_unwind(99_800))),
         note="large: every pop removes the lowest checkpoint"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, -TOP, TOP, 0.55))),
         note="large: random calls over the whole range"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, -2, 2, 0.6))),
         note="large: few distinct elevations"),
]


def generate(rng):
    count = rng.randint(0, 3000)
    spread = rng.choice([1, 5, 100, TOP])
    return _calls(_random_calls(rng, count, -spread, spread, rng.uniform(0.3, 0.8)))


_call = st.one_of(
    st.tuples(st.just("push"), st.tuples(st.integers(-4, 4))),
    st.tuples(st.sampled_from(["pop", "top", "minimum"]), st.just(())),
)


def arguments():
    return st.lists(_call, max_size=40).map(
        lambda calls: ([("HikeLog", [])] + [(name, list(a)) for name, a in calls],))


def scale(rng, n):
    """n // 2 random pushes, then n // 2 minimum calls: a log that scans every checkpoint
    for the lowest grows like n^2."""
    values = [rng.randint(-TOP, TOP) for _ in range(n // 2)]
    return _lists(_calls(_push_then_ask(values, n - n // 2)))
