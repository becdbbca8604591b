import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([2, -5, -1, 4, -3, 1], 2), expected=6, note="stop at 0, 2, 3 and 5: 2 - 1 + 4 + 1 = 6"),
    Case(([1, -10, -10, 3], 2), expected=-6, note="some cost is unavoidable"),
    Case(([5, -1, -1, -1, 7], 10), expected=12, note="one hop straight to the end"),
]

_rng = random.Random(8313)
LIMIT = 200_000

HIDDEN = [
    Case(([-4], 1), note="single checkpoint"),
    Case(([9], 5), note="single checkpoint, long reach"),
    Case(([3, -2], 1), note="two checkpoints"),
    Case(([1, -1, -1, -1, 1], 1), note="reach 1 visits everything"),
    Case(([0, 0, 0, 0], 2), note="zeros"),
    Case(([-3, -3, -3, -3, -3], 2), note="all equal negatives"),
    Case(([10**4, -(10**4), -(10**4), 10**4], 2), note="extremes"),
    Case(([1, -5, 4, -5, 4, -5, 1], 2), note="alternating"),
    Case(([2, 8, -3, 8, -3, 8, 2], 3), note="positive rewards are always worth a stop"),
    Case(([0, 3, 3, 4, 0], 3), note="several small stops beat one big hop"),
    Case(([_rng.randint(-10**4, 10**4) for _ in range(LIMIT)], LIMIT // 2),
         note="largest, random, long reach"),
    Case(([-(i % 100) for i in range(LIMIT)], 5000), note="largest, negative ramps"),
    Case(([-1] * LIMIT, LIMIT), note="largest, one hop"),
    Case(([-(10**4)] * LIMIT, 1), note="largest, every stop costs the most: the score is "
         "-2 * 10**9"),
    Case(([_rng.randint(-10**4, 10) for _ in range(LIMIT)], 3), note="largest, short reach"),
]


def generate(rng):
    rewards = [rng.randint(-100, rng.choice([0, 100])) for _ in range(rng.randint(1, 3000))]
    return rewards, rng.randint(1, rng.choice([3, 30, 4000]))


def scale(rng, n):
    return [rng.randint(-10**4, 10**4) for _ in range(n)], max(1, n // 2)


def arguments():
    return st.tuples(st.lists(st.integers(-9, 9), min_size=1, max_size=16), st.integers(1, 6))


def invariant(args, result):
    rewards, _ = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    both_ends = rewards[0] + (rewards[-1] if len(rewards) > 1 else 0)
    most = both_ends + sum(r for r in rewards[1:-1] if r > 0)
    if result > most:
        return f"no route can score more than {most}"
    return None
