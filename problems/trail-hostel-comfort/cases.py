import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([0, 8, 15, 20, 27, 35], [3, 5, -2, 4, -6, 1], 5, 15), expected=13,
         note="sleep at 0, 8, 20 and 35: 3 + 5 + 4 + 1; 8 -> 20 is 12 km, 20 -> 35 is 15 km"),
    Case(([0, 4, 7, 13], [1, 9, 9, 2], 6, 10), expected=12,
         note="4 -> 13 would be a fine day, but 0 -> 4 is too short, so hostel 1 is no stop"),
    Case(([0, 3, 20], [5, 5, 5], 1, 10), expected=None, note="17 km between the last two"),
]

_rng = random.Random(66191)
LIMIT = 100_000
BIG = 10**9


def _marks(rng, n, low_gap, high_gap):
    marks, at = [], rng.randint(0, 100)
    for _ in range(n):
        marks.append(at)
        at += rng.randint(low_gap, high_gap)
    return marks


def _comfort(rng, n, low=-BIG, high=BIG):
    return [rng.randint(low, high) for _ in range(n)]


def _stale_top():
    # Blocks of great hostels followed by long stretches of poor ones: the great ones leave
    # the day's range together, and a heap that keeps them offers a stale best.
    marks = list(range(0, 3 * LIMIT, 3))
    comfort = [(-BIG + i % 997 if (i // 50) % 4 else BIG - i) for i in range(LIMIT)]
    return marks, comfort, 3, 450


def _unreachable_tail():
    marks = _marks(_rng, LIMIT, 1, 20)
    marks[-1] = marks[-2] + 5001
    return marks, _comfort(_rng, LIMIT), 1, 5000


HIDDEN = [
    Case(([5], [-7], 1, 1), note="single hostel, negative comfort"),
    Case(([BIG], [BIG], BIG, BIG), note="single hostel at the far end"),
    Case(([0, 4], [2, 3], 4, 9), note="two hostels exactly min_day apart"),
    Case(([0, 9], [2, 3], 4, 9), note="two hostels exactly max_day apart"),
    Case(([0, 3], [2, 3], 4, 9), note="two hostels too close"),
    Case(([0, 10], [2, 3], 4, 9), note="two hostels too far apart"),
    Case(([0, BIG], [-BIG, -BIG], 1, BIG), note="extremes: one day of 10**9 km"),
    Case(([0, 1, 2, 3, 4], [1, 1, 1, 1, 1], 1, 1), note="every hostel is a stop"),
    Case(([0, 1, 2, 3, 4], [1, 1, 1, 1, 1], 2, 2), note="every second hostel"),
    Case(([0, 1, 2, 3, 4], [1, 1, 1, 1, 1], 3, 3), note="no way to land on the last hostel"),
    Case(([0, 2, 4, 6, 8], [0, 0, 0, 0, 0], 1, 3), note="all zero"),
    Case(([0, 2, 4, 6, 8], [-5, -5, -5, -5, -5], 1, 4), note="all equal negatives"),
    Case(([0, 1, 2, 10, 11], [1, 50, 60, -1, 1], 9, 9),
         note="hostels 1 and 2 are a day from the end, but no day from the start"),
    Case(([0, 5, 6, 11, 12], [0, -10, 40, 3, 1], 5, 6),
         note="a hostel unreachable from the start must not feed later days"),
    Case(([0, 5, 10, 11, 16], [0, 9, -1, 9, 0], 5, 6),
         note="two good hostels leave the range at once"),
    Case(([0, 1, 3, 6], [-1, 1, -4, 9], 1, 4),
         note="the best hostel so far (km 1) is 5 km behind the last one: out of range"),
    Case(([0, 2, 3, 5, 7, 8, 10], [1, -4, 6, -1, 6, -4, 1], 2, 4), note="alternating values"),
    Case(([0, 3, 6, 9, 12, 100], [1, 2, 3, 4, 5, 6], 1, 5), note="a gap in the last leg"),
    Case(([0, 2, 50, 52], [1, 1, 1, 1], 1, 10), note="a gap in the middle"),
    Case(([0, 2, 4, 8], [-BIG, 0, -BIG, 0], 4, 6),
         note="the only plan scores -2 * 10**9, below any small 'unreachable' sentinel"),
    Case(([0, 1, 2, 3, 10], [7, -BIG, -BIG, -BIG, -BIG], 1, 7),
         note="scores far below -10**9 must still win over unreachable"),
    Case((list(range(LIMIT)), _comfort(_rng, LIMIT), 1, BIG),
         note="largest, every hostel within one day"),
    Case((list(range(LIMIT)), [-BIG] * LIMIT, 1, 1),
         note="largest, every hostel a stop: the score is -10**14"),
    Case(_stale_top(), note="largest, good hostels leave the range in blocks"),
    Case((_marks(_rng, LIMIT, 1, 30), _comfort(_rng, LIMIT), 40, 400),
         note="largest, a long minimum day"),
    Case(_unreachable_tail(), note="largest, the last hostel is out of reach"),
    Case((_marks(_rng, LIMIT, 1, 10**4), _comfort(_rng, LIMIT, -10, 10), 10**4, 3 * 10**4),
         note="largest, sparse hostels"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    gap = rng.choice([1, 5, 50])
    marks = _marks(rng, n, 1, gap)
    low = rng.randint(1, 3 * gap)
    return marks, _comfort(rng, n, -100, rng.choice([0, 100])), low, low + rng.randint(0, 20 * gap)


def scale(rng, n):
    """n hostels all within one day's walk: looking back over them all grows like n^2."""
    return list(range(n)), _comfort(rng, n), 1, BIG


def arguments():
    def finish(marks):
        n = len(marks)
        return st.tuples(st.just(marks), st.lists(st.integers(-9, 9), min_size=n, max_size=n),
                         st.integers(1, 5)).flatmap(
            lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.just(t[2]),
                                st.integers(t[2], t[2] + 8)))

    return st.lists(st.integers(0, 40), min_size=1, max_size=12, unique=True).map(
        sorted).flatmap(finish)


def invariant(args, result):
    if result is not None and (not isinstance(result, int) or isinstance(result, bool)):
        return f"expected an int or None, got {result!r}"
    return None
