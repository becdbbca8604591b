import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([4, -6, 3, 3, -1, 5], 8), expected=4,
         note="segments 2 to 5 net 3 + 3 - 1 + 5 = 10; no run of three nets 8"),
    Case(([-2, -1, 3, -9], 4), expected=-1, note="the best course nets only 3"),
    Case(([-1, -3, 2, 4], 4), expected=1,
         note="segment 3 alone climbs 4; the leading descents only hurt"),
]

_rng = random.Random(28303)
LIMIT = 100_000
TOP = 10**5


def _noisy(rng, n, low, high):
    return [rng.randint(low, high) for _ in range(n)]


HIDDEN = [
    Case(([], 1), note="no segments"),
    Case(([5], 5), note="single segment, exactly the climb"),
    Case(([5], 6), note="single segment, short of the climb"),
    Case(([-5], 1), note="single descent"),
    Case(([0, 0, 0], 1), note="flat trail"),
    Case(([3, 4], 7), note="the course starts at the trailhead and nets exactly the climb"),
    Case(([2, 2, 2, 2], 8), note="only the whole trail reaches"),
    Case(([4, -6, -4], 2), note="the first segment alone; every longer course falls short"),
    Case(([1, 1, 1], 2), note="rising: two segments"),
    Case(([6, -5, 6], 7), note="a descent inside the only course that reaches"),
    Case(([2, -1, 2, -1, 2], 4), note="descents between climbs: the whole trail nets 4"),
    Case(([-2, 5, -2, 5, -2], 6), note="two climbs across a dip"),
    Case(([1, 1, -10, 3, 3], 5), note="a deep dip before the best course"),
    Case(([5, -10, 5, 5], 10), note="a peak before a deep dip must not anchor the course"),
    Case(([3, -3, 3, -3, 3], 3), note="equal prefix sums repeat"),
    Case(([1, -1, 1, -1, 4], 4), note="equal prefix sums, best at the end"),
    Case(([2, -1, 1, 2], 3), note="the shortest course is not the one with the biggest climb"),
    Case(([-3, 2, -1, 4, -7, 6], 6), note="the last segment alone"),
    Case(([-TOP, TOP, TOP], 2 * TOP), note="extreme changes"),
    Case(([TOP] * LIMIT, 10**9), note="largest, steepest climb: 10,000 segments"),
    Case(([-1] * LIMIT, 1), note="largest, all downhill: no course"),
    Case((_noisy(_rng, LIMIT, -TOP, TOP - 20), 10**9), note="largest, random, no course reaches"),
    Case((_noisy(_rng, LIMIT, -100, 101), 40_000), note="largest, slight uphill drift"),
    Case((_noisy(_rng, LIMIT, -TOP, TOP), 3 * TOP), note="largest, random, short answer"),
    Case(([TOP if i % 2 == 0 else -TOP + 1 for i in range(LIMIT)], TOP + 20_000),
         note="largest, alternating climbs and descents that net 1 m a pair"),
    Case(([0] * (LIMIT - 1) + [7], 7), note="largest, one climb at the very end"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    spread = rng.choice([3, 50, TOP])
    drift = rng.choice([0, 0, 1, -1])
    changes = [rng.randint(-spread, spread) + drift * spread // 3 for _ in range(n)]
    if n and rng.random() < 0.8:
        i = rng.randrange(n)
        j = rng.randrange(i, n)
        target = sum(changes[i:j + 1]) + rng.randint(-2, 2)
    else:
        target = rng.randint(1, 10**9)
    return changes, max(1, min(10**9, target))


def scale(rng, n):
    """Random changes and an unreachable climb: extending every start costs n**2 / 2."""
    return [rng.randint(-1000, 999) for _ in range(n)], 10**9


def arguments():
    return st.tuples(st.lists(st.integers(-6, 6), max_size=12), st.integers(1, 15))


def invariant(args, result):
    changes, climb = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if result != -1 and not 1 <= result <= len(changes):
        return f"a course has between 1 and {len(changes)} segments, got {result}"
    return None
