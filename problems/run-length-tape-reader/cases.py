import random

from judge.grading.authoring import Case, ops, st

BIG = 10**9


def _tape(encoding: list[int], *jumps: int) -> tuple:
    return ops(("RunLengthTape", encoding), *[("next", n) for n in jumps])


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: smaller on the channel than tagged tuples
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _runs(rng: random.Random, runs: int, zero_share: float, big_share: float,
          small: int, values: int) -> list[int]:
    encoding = []
    for _ in range(runs):
        r = rng.random()
        if r < zero_share:
            count = 0
        elif r < zero_share + big_share:
            count = rng.randint(small + 1, BIG)
        else:
            count = rng.randint(1, small)
        encoding += [count, rng.randint(0, values)]
    return encoding


def _jumps(rng: random.Random, encoding: list[int], calls: int) -> list[int]:
    """Jumps sized like the runs: mostly within a run, some across several, a few past the
    end."""
    counts = [c for c in encoding[0::2] if c] or [1]
    out = []
    for _ in range(calls):
        r = rng.random()
        if r < 0.5:
            out.append(rng.randint(1, rng.choice(counts)))
        elif r < 0.9:
            out.append(min(BIG, sum(rng.choice(counts) for _ in range(3))))
        else:
            out.append(rng.randint(1, BIG))
    return out


def scale(rng, n):
    encoding = _runs(rng, n, 0.2, 0.0, 3, BIG)
    return _lists(_tape(encoding, *[rng.randint(1, 3) for _ in range(n)]))


_rng = random.Random(9090)

SAMPLES = [
    Case(_tape([3, 8, 0, 9, 2, 5], 2, 1, 1, 1, 1),
         expected=[None, 8, 8, 5, 5, -1],
         note="the tape is 8, 8, 8, 5, 5: the run of 9 has count 0 and never shows"),
    Case(_tape([2, 4, 1, 0, 4, 6], 4, 5, 1),
         expected=[None, 6, -1, -1],
         note="4 items take 4, 4, 0, 6; only 3 items are left for `next(5)`, so it "
              "consumes them and returns -1"),
]

HIDDEN = [
    Case(_tape([], 1, 5), note="empty tape"),
    Case(_tape([]), note="only the constructor"),
    Case(_tape([0, 1, 0, 2, 0, 3], 1, 1), note="only zero-count runs"),
    Case(_tape([3, 8], 1, 2, 1, 1), note="a single run"),
    Case(_tape([1, 7], 1, 1), note="a single item"),
    Case(_tape([0, 9, 2, 3], 1, 1, 1), note="zero-count run first"),
    Case(_tape([2, 5, 0, 9, 0, 7, 1, 4], 2, 1, 1),
         note="a jump ends exactly where zero-count runs follow"),
    Case(_tape([2, 5, 0, 9, 0, 7], 2, 1), note="zero-count runs at the end"),
    Case(_tape([5, 1, 5, 2], 2, 2, 2, 3, 1, 1), note="partial runs must be remembered"),
    Case(_tape([4, 3, 4, 6], 3, 2, 3), note="a partly used run, then a jump across its end"),
    Case(_tape([3, 7], 5, 1, 1), note="a failed jump consumes what was left"),
    Case(_tape([3, 7, 2, 1], 6, 1), note="a failed jump across runs"),
    Case(_tape([3, 7], 3, 1), note="a jump to exactly the last item"),
    Case(_tape([1, 1, 1, 2, 1, 3, 1, 4], 3, 1, 1), note="one jump across several runs"),
    Case(_tape([2, 6, 3, 6, 1, 2], 4, 1, 1, 1), note="neighbouring runs with the same value"),
    Case(_tape([2, 0, 1, 0, 1, 3], 1, 2, 1), note="value 0"),
    Case(_tape([BIG, BIG, 0, 1, BIG, 0], BIG, BIG, 1, 1), note="extremes"),
    Case(_tape([BIG, 3, BIG, 4], BIG - 1, 1, 1, BIG - 1, 1, 1),
         note="counts of 10^9: the tape cannot be decoded"),
    Case(_tape([BIG, 3] * 50, *[BIG] * 49, BIG - 5, 4, 1, 1),
         note="100 runs of 10^9"),
    Case(_tape(_runs(_rng, 60, 0.3, 0.0, 4, 5), *[_rng.randint(1, 6) for _ in range(80)]),
         note="small runs, small jumps, zeros among them"),
    Case(_lists(_tape(*(lambda e: (e, *_jumps(_rng, e, 200_000)))(
        _runs(_rng, 100_000, 0.3, 0.3, 50, BIG)))),
         note="largest, counts from 0 to 10^9"),
    Case(_lists(_tape(_runs(_rng, 100_000, 0.3, 0.0, 2, BIG), *[1] * 200_000)),
         note="largest, short runs and jumps of one item"),
]


def generate(rng):
    encoding = _runs(rng, rng.randint(0, 500), rng.random() * 0.5, rng.random() * 0.2,
                     rng.randint(1, 20), rng.choice((3, BIG)))
    return _tape(encoding, *_jumps(rng, encoding, rng.randint(0, 600)))


@st.composite
def _drawn(draw):
    runs = draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3)), max_size=6))
    jumps = draw(st.lists(st.integers(1, 6), max_size=10))
    return _tape([x for run in runs for x in run], *jumps)


def arguments():
    return _drawn()
