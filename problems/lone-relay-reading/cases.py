import random

from judge.grading.authoring import Case, st

LOW, HIGH = -2**31, 2**31 - 1


def _log(rng: random.Random, lone: int, triples: list[int], shuffle: bool = True) -> list[int]:
    out = [v for v in triples for _ in range(3)] + [lone]
    if shuffle:
        rng.shuffle(out)
    return out


def _distinct(rng: random.Random, count: int, low: int, high: int, avoid: int) -> list[int]:
    seen = {avoid}
    out = []
    while len(out) < count:
        v = rng.randint(low, high)
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


SAMPLES = [
    Case(([4, 9, 4, 4],), expected=9, note="9 was caught by one relay only"),
    Case(([-3, 12, -3, 7, 12, 7, -3, 7, 12, -20],), expected=-20,
         note="a negative reading comes back negative"),
    Case(([5],), expected=5, note="a log of one reading"),
]

_rng = random.Random(3131)

HIDDEN = [
    Case(([0],), note="a single zero"),
    Case(([-1],), note="a single -1 (all 32 bits set)"),
    Case(([LOW],), note="a single -2**31"),
    Case(([HIGH],), note="a single 2**31 - 1"),
    Case(([0, 0, 7, 0],), note="zero in a triple"),
    Case(([7, 7, 0, 7],), note="the lone reading is 0"),
    Case(([-1, -1, -1, 1],), note="a triple of -1"),
    Case(([1, 1, 1, -1],), note="the lone reading is -1"),
    Case(([HIGH, LOW, HIGH, HIGH],), note="the lone reading is -2**31"),
    Case(([LOW, HIGH, LOW, LOW],), note="the lone reading is 2**31 - 1"),
    Case(([LOW, LOW, LOW, -1, -1, -1, 0, 0, 0, -2**30],), note="only the sign bit and bit 30"),
    Case(([2**30, 2**30, 2**30, 2**31 - 2**30 - 1, -2**30, -2**30, -2**30],),
         note="bit 30 in a triple, bits 0..29 alone"),
    Case(([-7, -7, -7, -8, -8, -8, -9],), note="all negative"),
    Case(([-9, -7, -8, -7, -8, -7, -8],), note="all negative, the lone reading first"),
    Case((_log(_rng, -123456789, [LOW, HIGH, -1, 0, 1, 2**31 - 2, -(2**31) + 1]),),
         note="every extreme in a triple"),
    Case((_log(_rng, 2**31 - 2, _distinct(_rng, 50, LOW, HIGH, 2**31 - 2)),),
         note="the lone reading is 2**31 - 2"),
    Case((_log(_rng, 5, _distinct(_rng, 40, -100, 100, 5), shuffle=False),),
         note="the lone reading last"),
    Case((_log(_rng, LOW + 1, _distinct(_rng, 100_000, LOW, HIGH, LOW + 1), shuffle=False),),
         note="largest: the lone reading -2**31 + 1, last"),
    Case((_log(_rng, LOW, _distinct(_rng, 100_000, LOW, HIGH, LOW)),),
         note="largest, shuffled: the lone reading -2**31"),
]


def generate(rng):
    lone = rng.choice([rng.randint(LOW, HIGH), rng.randint(-50, 50), LOW, HIGH])
    count = rng.choice([rng.randint(0, 30), rng.randint(1000, 30000), 100_000])
    spread = 2**31 if count > 100 else rng.choice([60, 2**31])
    return (_log(rng, lone, _distinct(rng, count, max(LOW, -spread), min(HIGH, spread), lone)),)


_value = st.one_of(st.integers(-40, 40), st.integers(LOW, HIGH),
                   st.sampled_from([LOW, HIGH, -1, 0]))


@st.composite
def _logs(draw):
    values = draw(st.lists(_value, min_size=1, max_size=7, unique=True))
    lone, triples = values[0], values[1:]
    return (draw(st.permutations([v for v in triples for _ in range(3)] + [lone])),)


def arguments():
    return _logs()


def invariant(args, result):
    (log,) = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if log.count(result) != 1:
        return f"{result} does not appear exactly once in the log"
    return None


def scale(rng, n):
    """About n readings with the lone one last: a count per reading grows like n^2."""
    return (_log(rng, -1, _distinct(rng, max(1, n // 3), LOW, HIGH, -1), shuffle=False),)
