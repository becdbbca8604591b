import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([1, 4, 0, 3], [2, 1, 3, 1]), expected=1,
         note="from stop 1 the battery reads 3, 0, 2, 1 after the legs; 0 is fine"),
    Case(([2, 2, 2], [3, 2, 2]), expected=-1, note="the route uses more than it gives"),
    Case(([0, 3, 0, 3], [3, 0, 3, 0]), expected=1, note="stops 1 and 3 both work"),
]

LIMIT = 200_000
_rng = random.Random(2808)


def _late_trap(count: int) -> tuple[list[int], list[int]]:
    # every start but the last drives almost the whole way and fails on the second last leg
    charge, drain = [1] * count, [1] * count
    drain[count - 2] = 2
    charge[count - 1] = 2
    return charge, drain


def _random_route(rng: random.Random, count: int, top: int, slack: int) -> tuple[list[int], list[int]]:
    """A random route whose total surplus is `slack` (negative: impossible)."""
    charge = [rng.randint(0, top) for _ in range(count)]
    drain = [rng.randint(0, top) for _ in range(count)]
    excess = sum(charge) - sum(drain) - slack
    i = 0
    while excess != 0:  # move drain towards the wanted total, one stop at a time
        j = i % count
        step = max(-drain[j], min(10**4 - drain[j], excess))
        drain[j] += step
        excess -= step
        i += 1
    return charge, drain


def _zero_sum_blocks(rng: random.Random, count: int) -> tuple[list[int], list[int]]:
    # blocks that gain then give back exactly what they gained: many stops work, and the
    # battery is empty at the end of every block
    charge, drain = [], []
    while len(charge) < count:
        size = min(count - len(charge), rng.randint(1, 4))
        gains = [rng.randint(-5, 5) for _ in range(size - 1)]
        gains.append(-sum(gains))
        for gain in gains:
            charge.append(max(gain, 0) + 3)
            drain.append(max(-gain, 0) + 3)
    return charge, drain


HIDDEN = [
    Case(([5], [5]), note="one stop, exactly enough"),
    Case(([3], [4]), note="one stop, not enough"),
    Case(([0], [0]), note="one stop, nothing at all"),
    Case(([4], [0]), note="one stop, to spare"),
    Case(([0, 0, 0, 0], [0, 0, 0, 0]), note="all zeros: every stop works"),
    Case(([2, 5, 1], [2, 5, 1]), note="charge equals drain everywhere: every stop works"),
    Case(([1, 2, 3], [2, 2, 3]), note="short by one kWh in total"),
    Case(([0, 0, 5], [1, 1, 3]), note="only the last stop works"),
    Case(([0, 0, 4], [1, 1, 2]), note="the last stop works with nothing to spare"),
    Case(([2, 0, 1, 1], [1, 1, 1, 1]), note="the battery is empty after the second leg"),
    Case(([3, 0, 0, 2, 1], [1, 2, 1, 1, 1]), note="runs empty, then short: only a later stop works"),
    Case(([1, 0, 3, 0], [0, 1, 1, 2]), note="the first start runs empty twice and still works"),
    Case(([0, 4, 0, 0, 4], [2, 1, 3, 1, 1]), note="fails twice before the start that works"),
    Case(([5, 0, 0, 0, 1], [1, 1, 1, 1, 2]), note="the biggest surplus is the only start"),
    Case(([1, 1, 5, 0], [0, 0, 0, 6]), note="the biggest surplus is not a start"),
    Case(([0, 3, 0, 3, 0], [2, 0, 2, 0, 2]), note="a deficit on the last leg"),
    Case(([10**4, 0, 0], [0, 5000, 5000]), note="the largest values, total zero"),
    Case(([10**4] * 3, [10**4] * 3), note="the largest values, equal"),
    Case(([0, 10**4], [10**4, 1]), note="the largest values, short by one"),
    Case(_late_trap(LIMIT), note="largest, only the last stop works"),
    Case(([7] * LIMIT, [7] * LIMIT), note="largest, every stop works"),
    Case(_random_route(_rng, LIMIT, 10**4, 0), note="largest, random, total surplus zero"),
    Case(_random_route(_rng, LIMIT, 10**4, 37), note="largest, random, a little to spare"),
    Case(_random_route(_rng, LIMIT, 10**4, -1), note="largest, random, short by one"),
    Case(_zero_sum_blocks(_rng, LIMIT), note="largest, the battery often runs empty"),
]


def generate(rng):
    count = rng.randint(1, 3000)
    if rng.random() < 0.3:
        return _zero_sum_blocks(rng, count)
    return _random_route(rng, count, rng.choice([3, 20, 10**4]), rng.choice([-2, -1, 0, 0, 1, 5]))


def scale(rng, n):
    """Only the last stop works: driving from every stop grows like n^2."""
    return _late_trap(n)


def arguments():
    stops = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=10)
    return stops.map(lambda pairs: ([c for c, _ in pairs], [d for _, d in pairs]))


def invariant(args, result):
    charge, _ = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {result!r}"
    if not -1 <= result < len(charge):
        return f"the answer must lie between -1 and {len(charge) - 1}, got {result}"
    return None
