import random

from judge.grading.authoring import Case, ops, st


def _feed(readings: list[int], *calls: str) -> tuple:
    return ops(("LookaheadFeed", readings), *[(name,) for name in calls])


def _random_calls(rng: random.Random, readings: list[int], extra: int) -> list[str]:
    """Peeks, has_nexts and nexts until every reading is consumed, then `extra` more calls
    on the exhausted feed."""
    calls, left = [], len(readings)
    while left:
        r = rng.random()
        if r < 0.25:
            calls += ["peek"] * rng.randint(1, 3)
        elif r < 0.45:
            calls.append("has_next")
        else:
            calls.append("next")
            left -= 1
    calls += [rng.choice(("peek", "next", "has_next")) for _ in range(extra)]
    return calls


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: smaller on the channel than tagged tuples
    return ([[name, list(op_args)] for name, op_args in args[0]],)


_rng = random.Random(2812)

SAMPLES = [
    Case(_feed([4, 8, 15], "peek", "next", "peek", "peek", "next", "has_next", "next",
               "has_next"),
         expected=[None, 4, 4, 8, 8, 8, True, 15, False],
         note="peeking twice shows 8 both times; only `next` moves on"),
    Case(_feed([-1, 0], "next", "peek", "has_next", "next", "has_next", "peek", "next"),
         expected=[None, -1, 0, True, 0, False, None, None],
         note="0 and -1 are readings; once exhausted, `peek` and `next` return None"),
]

HIDDEN = [
    Case(_feed([], "has_next", "peek", "next", "has_next"), note="empty feed"),
    Case(_feed([]), note="only the constructor"),
    Case(_feed([7], "next", "next", "peek", "has_next", "next"), note="single reading"),
    Case(_feed([7], "peek", "has_next", "peek", "next", "has_next"),
         note="peek at the last reading, then has_next"),
    Case(_feed([5, 6, 7], "peek", "peek", "peek", "next", "next", "next", "next"),
         note="repeated peeks before any next"),
    Case(_feed([1, 2], "has_next", "has_next", "next", "has_next", "has_next", "next",
               "has_next"), note="repeated has_next"),
    Case(_feed([0, 0, 0], "peek", "next", "peek", "has_next", "next", "next", "has_next",
               "peek"), note="zeros"),
    Case(_feed([0, 3], "peek", "peek", "next", "next"), note="peek twice at a zero"),
    Case(_feed([0], "has_next", "peek", "next", "has_next"), note="only a zero"),
    Case(_feed([-5, -1, -1, -7], "next", "peek", "next", "peek", "next", "next", "peek",
               "next"), note="negatives and -1"),
    Case(_feed([10**9, -10**9, 10**9], "peek", "next", "has_next", "peek", "next", "next",
               "peek"), note="extremes"),
    Case(_feed([3, 3, 3, 3], "peek", "next", "peek", "next", "next", "peek", "next", "peek",
               "has_next"), note="repeated values"),
    Case(_feed([1, 2, 3], "next", "next", "next", "next", "peek", "next", "has_next",
               "next"), note="many calls after exhaustion"),
    Case(_feed(list(range(-10, 10)), "next", "peek", *["has_next", "next"] * 10, "peek",
               *["next"] * 12, "has_next"), note="has_next between nexts"),
    Case(_lists(ops(("LookaheadFeed", list(range(100_000))),
                    *[(name,) for name in _random_calls(_rng, list(range(100_000)), 50)])),
         note="largest, mixed calls"),
    Case(_lists(_feed([_rng.randint(-10**9, 10**9) for _ in range(100_000)],
                      *["peek", "has_next", "next"] * 100_000)),
         note="largest, peek and has_next before every next"),
]


def generate(rng):
    readings = [rng.randint(-3, 3) if rng.random() < 0.5 else rng.randint(-10**9, 10**9)
                for _ in range(rng.randint(0, 3000))]
    return _feed(readings, *_random_calls(rng, readings, rng.randint(0, 5)))


@st.composite
def _drawn(draw):
    readings = draw(st.lists(st.integers(-3, 3), max_size=8))
    calls = draw(st.lists(st.sampled_from(["peek", "next", "has_next"]), max_size=25))
    return _feed(readings, *calls)


def arguments():
    return _drawn()


def invariant(args, result):
    readings = args[0][0][1][0]
    got = [value for (name, _), value in zip(args[0][1:], result[1:], strict=True)
           if name == "next" and value is not None]
    if got != readings[:len(got)]:
        return "next must return the readings in their order, each once"
    return None
