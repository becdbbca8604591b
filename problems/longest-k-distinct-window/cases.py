import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([5, 1, 5, 2, 2, 1, 3], 2), expected=3),
    Case(([7, 7, 8, 9, 8, 8, 7], 2), expected=4),
    Case(([3, 1, 4, 1, 5], 0), expected=0),
]

_rng = random.Random(4242)
LIMIT = 200_000


def _few_values(size: int, distinct: int) -> list[int]:
    return [_rng.randrange(distinct) * 1_000_003 - 10**8 for _ in range(size)]


def _slow_blocks(size: int, run: int) -> list[int]:
    # value i // run: every window of k distinct values spans about k * run readings
    return [i // run for i in range(size)]


HIDDEN = [
    Case(([], 3), note="empty list"),
    Case(([], 0), note="empty list, k = 0"),
    Case(([42], 1), note="single element"),
    Case(([42], 0), note="single element, k = 0"),
    Case(([6, 6, 6, 6, 6], 1), note="all duplicates"),
    Case(([1, 2, 3, 4, 5], 10), note="k larger than the number of distinct values"),
    Case(([1, 2, 3, 4, 5], 1), note="all distinct, k = 1"),
    Case(([1, 2, 2, 3, 3], 2), note="the best window starts after a value leaves"),
    Case(([1, 2, 1, 3, 3], 2), note="a value still inside the window must not be forgotten"),
    Case(([4, 4, 1, 4, 2, 2, 2, 2], 2), note="best window at the end"),
    Case(([-(10**9), 10**9, -(10**9), 10**9, 0], 2), note="extreme values"),
    Case(([0, -1, 0, -1, 0, -1], 1), note="alternating values"),
    Case((_few_values(LIMIT, 40), 40), note="largest: every reading fits"),
    Case((_few_values(LIMIT, 60), 50), note="largest, many windows"),
    Case((_slow_blocks(LIMIT, 40), 1500), note="largest, long sliding window"),
    Case((list(range(LIMIT)), 1), note="largest, all distinct"),
    Case(([9] * LIMIT, 0), note="largest, k = 0"),
    Case(([i % 100_001 for i in range(LIMIT)], 100_000),
         note="largest, k = 10**5 and a value leaves the window at every step after the first "
              "10**5: finding which one must not cost O(k)"),
]


def generate(rng):
    size = rng.randint(0, 3000)
    distinct = rng.randint(1, 30)
    nums = [rng.randint(-distinct, distinct) for _ in range(size)]
    return nums, rng.randint(0, distinct + 2)


def arguments():
    return st.tuples(st.lists(st.integers(-4, 4), max_size=30), st.integers(0, 6))


def invariant(args, result):
    nums, _ = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    if not 0 <= result <= len(nums):
        return f"a length must lie between 0 and {len(nums)}, got {result}"
    return None


def scale(rng, n):
    """n readings over about sqrt(n) values, with k a third of them: rebuilding the window
    for each start grows like n^2, a sliding window like n."""
    values = max(3, int(n ** 0.5))
    return [rng.randint(0, values) for _ in range(n)], values // 3
