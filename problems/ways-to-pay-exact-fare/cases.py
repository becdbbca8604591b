import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([1, 2, 5], 5), expected=4, note="5, 2+2+1, 2+1+1+1 and 1+1+1+1+1"),
    Case(([3, 7], 11), expected=0, note="no mix of 3s and 7s makes 11"),
    Case(([4], 0), expected=1, note="the empty payment"),
]

_rng = random.Random(31337)

HIDDEN = [
    Case(([], 0), note="no coins, nothing to pay"),
    Case(([], 9), note="no coins"),
    Case(([7], 7), note="a single coin"),
    Case(([7], 13), note="a single coin that cannot pay"),
    Case(([2, 2, 2], 8), note="duplicate denominations"),
    Case(([5, 1, 5, 2, 1], 10), note="duplicates, unsorted"),
    Case(([10**5], 10**4), note="a coin larger than the fare"),
    Case(([1], 10**4), note="only ones"),
    Case(([10**4], 10**4), note="one coin equal to the largest fare"),
    Case(([10**5, 50_000, 10**4 + 1, 10**4, 9_999, 1], 10**4),
         note="coins above the fare listed before the ones that pay it"),
    Case(([1, 2], 7), note="order does not matter"),
    Case(([3, 5, 7, 11], 64), note="several odd coins"),
    Case(([1, 2, 5, 10, 20, 50, 100, 200], 500), note="about 6 million payments"),
    Case((list(range(1, 101)), 10**4), note="largest, every coin from 1 to 100"),
    Case(([_rng.randint(1, 400) for _ in range(100)], 10**4), note="largest, random coins"),
    Case(([_rng.randint(1, 10**5) for _ in range(100)], 10**4), note="largest, mostly too big"),
]


def generate(rng):
    coins = [rng.randint(1, 60) for _ in range(rng.randint(0, 12))]
    return coins, rng.randint(0, 3000)


def arguments():
    return st.tuples(st.lists(st.integers(1, 12), max_size=6), st.integers(0, 40))


def invariant(args, result):
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if not 0 <= result < 1_000_000_007:
        return f"the count must be reduced modulo 1_000_000_007, got {result}"
    return None


def scale(rng, n):
    """Fare n (up to 10**4) with 100 random coins of at most 400."""
    return [rng.randint(1, 400) for _ in range(100)], n
