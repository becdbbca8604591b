import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("RaffleDrum",), ("insert", 10), ("insert", 20), ("insert", 30), ("insert", 40),
             ("remove", 20), ("pick", 1), ("pick", 5), ("insert", 20), ("pick", 3)),
         expected=[None, True, True, True, True, True, 40, 30, True, 20],
         note="removing 20 moves the last code, 40, into its slot: [10, 40, 30]; "
              "20 then goes back in at the end"),
    Case(ops(("RaffleDrum",), ("pick", 7), ("remove", 3), ("insert", -3), ("insert", -3),
             ("pick", 7), ("remove", -3), ("remove", -3), ("pick", 0)),
         expected=[None, None, False, True, False, -3, True, False, None],
         note="an empty drum picks None; a repeated insert or remove returns False"),
]

TOP = 10**9
_rng = random.Random(27182)


def _calls(operations: list[tuple]) -> tuple:
    return ops(("RaffleDrum",), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _random_calls(rng: random.Random, count: int, low: int, high: int,
                  shares: tuple[float, float]) -> list[tuple]:
    """insert with probability shares[0], remove with shares[1], else pick. Removals aim at
    a code inserted earlier half of the time."""
    out = []
    seen: list[int] = []
    for _ in range(count):
        r = rng.random()
        if r < shares[0]:
            code = rng.randint(low, high)
            seen.append(code)
            out.append(("insert", code))
        elif r < shares[0] + shares[1]:
            code = rng.choice(seen) if seen and rng.random() < 0.5 else rng.randint(low, high)
            out.append(("remove", code))
        else:
            out.append(("pick", rng.randint(0, TOP)))
    return out


def _fill_then_churn(rng: random.Random, size: int, rest: int) -> list[tuple]:
    """size distinct codes, then removals of present codes and picks, about half each."""
    codes = rng.sample(range(-TOP, TOP + 1), size)
    out = [("insert", c) for c in codes]
    present = list(codes)
    for _ in range(rest):
        if present and rng.random() < 0.5:
            j = rng.randrange(len(present))
            present[j], present[-1] = present[-1], present[j]
            out.append(("remove", present.pop()))
        else:
            out.append(("pick", rng.randint(0, TOP)))
    return out


def _remove_from_front(size: int, removals: int) -> list[tuple]:
    """Codes 0..size-1, then always remove the code at position 0 (0 first, which moves
    size-1 to the front, then size-1, then size-2, ...), with a pick after each removal."""
    out = [("insert", c) for c in range(size)]
    for c in [0] + list(range(size - 1, size - removals, -1)):
        out.append(("remove", c))
        out.append(("pick", 0))
    return out


HIDDEN = [
    Case(_calls([]), note="only the constructor"),
    Case(_calls([("pick", 0), ("pick", TOP), ("remove", 0), ("pick", 1)]),
         note="an empty drum"),
    Case(_calls([("insert", 5), ("pick", 0), ("pick", TOP), ("remove", 5), ("pick", 3),
                 ("insert", 5), ("pick", 2)]),
         note="a single code, removed and inserted again"),
    Case(_calls([("insert", 1), ("insert", 2), ("insert", 3), ("remove", 3), ("insert", 3),
                 ("pick", 2), ("remove", 3), ("remove", 3), ("insert", 3), ("pick", 5)]),
         note="removing the last element drops it and nothing else"),
    Case(_calls([("insert", 1), ("insert", 2), ("insert", 3), ("insert", 4), ("remove", 1),
                 ("insert", 5), ("remove", 4), ("pick", 0), ("pick", 1), ("pick", 2),
                 ("pick", 3)]),
         note="a moved code is removed from its new slot"),
    Case(_calls([("insert", 1), ("insert", 2), ("insert", 3), ("remove", 1), ("remove", 3),
                 ("pick", 0), ("pick", 1), ("insert", 1), ("pick", 1)]),
         note="removing the code that was just moved"),
    Case(_calls([("insert", 7), ("insert", 7), ("insert", 8), ("insert", 7), ("pick", 1),
                 ("pick", 2)]),
         note="duplicate inserts return False and add nothing"),
    Case(_calls([("insert", 7), ("remove", 8), ("remove", -7), ("pick", 1)]),
         note="removing codes that are not in the drum"),
    Case(_calls([("insert", 0), ("insert", -1), ("pick", 0), ("pick", 1), ("remove", 0),
                 ("pick", 0), ("insert", 0), ("pick", 1)]),
         note="codes 0 and -1"),
    Case(_calls([("insert", TOP), ("insert", -TOP), ("pick", TOP), ("pick", TOP - 1),
                 ("remove", TOP), ("pick", TOP), ("insert", TOP), ("pick", TOP)]),
         note="extreme codes and tokens"),
    Case(_calls([("insert", c) for c in range(6)] + [("pick", t) for t in range(13)]),
         note="picks wrap around the array"),
    Case(_calls([("insert", c) for c in range(8)]
                + [("remove", c) for c in (0, 7, 3, 6, 1)]
                + [("pick", t) for t in range(4)]),
         note="several removals in a row"),
    Case(_calls([("insert", c) for c in range(5)] + [("remove", c) for c in range(5)]
                + [("pick", 4), ("insert", 9), ("pick", 4)]),
         note="emptied, then refilled"),
    # 100_000 inserts and 100_000 removals and picks: the most a test makes
    Case(_lists(_calls(_fill_then_churn(_rng, 100_000, 100_000))),
         note="largest: 10**5 codes, then removals and picks"),
    Case(_lists(_calls(_remove_from_front(100_000, 50_000))),
         note="large: each removal hits position 0"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, -TOP, TOP, (0.5, 0.25)))),
         note="large: random calls over the whole range"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, -20, 20, (0.35, 0.35)))),
         note="large: few distinct codes, many repeated inserts and removals"),
]


def generate(rng):
    count = rng.randint(0, 3000)
    spread = rng.choice([3, 30, 1000, TOP])
    share = rng.uniform(0.2, 0.6)
    return _calls(_random_calls(rng, count, -spread, spread,
                                (share, rng.uniform(0.1, 1 - share))))


_call = st.one_of(
    st.tuples(st.sampled_from(["insert", "remove"]), st.tuples(st.integers(-4, 4))),
    st.tuples(st.just("pick"), st.tuples(st.integers(0, 30))),
)


def arguments():
    return st.lists(_call, max_size=40).map(
        lambda calls: ([("RaffleDrum", [])] + [(name, list(a)) for name, a in calls],))


def scale(rng, n):
    """n // 2 distinct codes, then removals and picks: a drum that searches its array for a
    code (to test membership or find the slot) grows like n^2."""
    return _lists(_calls(_fill_then_churn(rng, n // 2, n - n // 2)))
