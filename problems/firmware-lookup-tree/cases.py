import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 1, 4], [0, 0, 0, 0]), expected=13,
         note="key 2 at the root, key 0 below it and key 1 below key 0: 4·1 + 3·2 + 1·3"),
    Case(([1, 1], [0, 0, 10]), expected=13,
         note="the misses above key 1 pull key 1 to the root: 1·1 + 1·2 + 10·1"),
    Case(([4], [2, 3]), expected=9, note="one node: every lookup costs one comparison"),
]

_rng = random.Random(4242)


def _counts(rng: random.Random, n: int, high: int, mhigh: int) -> tuple[list[int], list[int]]:
    return ([rng.randint(0, high) for _ in range(n)],
            [rng.randint(0, mhigh) for _ in range(n + 1)])


def _skewed(rng: random.Random, n: int) -> tuple[list[int], list[int]]:
    # a few very popular keys and gaps among many rare ones
    hits = [rng.choice((0, 1, 2, 10**6)) if rng.random() < .1 else rng.randint(0, 50)
            for _ in range(n)]
    misses = [10**6 if rng.random() < .03 else rng.randint(0, 20) for _ in range(n + 1)]
    return hits, misses


HIDDEN = [
    Case(([], [0]), note="no keys, no lookups"),
    Case(([], [7]), note="no keys: misses cost nothing"),
    Case(([5], [0, 0]), note="a single key"),
    Case(([0], [0, 0]), note="a single key never looked up"),
    Case(([0, 0, 0], [0, 0, 0, 0]), note="no lookups at all"),
    Case(([2, 9], [0, 0, 0]), note="two keys, the second more popular"),
    Case(([0, 0], [0, 5, 0]), note="only misses, between the two keys"),
    Case(([0, 0, 0], [9, 0, 0, 9]), note="only misses, at both ends"),
    Case(([7, 7, 7, 7, 7], [0] * 6), note="equal counts"),
    Case(([5, 1, 1, 1, 4], [0] * 6), note="the most popular key at the root is not optimal"),
    Case(([1, 1, 1, 1, 1, 1, 20], [0] * 8), note="a popular key at the end beats the middle"),
    Case(([1, 2, 1], [1, 0, 0, 6]), note="misses above the last key"),
    Case(([3, 0, 3], [0, 8, 8, 0]), note="misses in the inner gaps"),
    Case(([10**6] * 4, [10**6] * 5), note="maximal counts"),
    Case(_counts(_rng, 40, 50, 50), note="40 keys: exponentially many trees"),
    Case(_counts(_rng, 300, 10**6, 10**6), note="largest, random"),
    Case(_skewed(_rng, 300), note="largest, skewed"),
    Case(([10**6] * 300, [10**6] * 301), note="largest, all maximal"),
    Case((list(range(300, 0, -1)), [0] * 301), note="largest, decreasing, no misses"),
]


def generate(rng):
    n = rng.randint(1, 60)
    return _counts(rng, n, rng.choice((3, 100, 10**6)), rng.choice((0, 3, 100, 10**6)))


@st.composite
def _small(draw):
    n = draw(st.integers(0, 8))
    hits = draw(st.lists(st.integers(0, 12), min_size=n, max_size=n))
    misses = draw(st.lists(st.integers(0, 12), min_size=n + 1, max_size=n + 1))
    return hits, misses


def arguments():
    return _small()


def invariant(args, result):
    hits, misses = args
    if not isinstance(result, int) or isinstance(result, bool):
        return f"expected an int, got {type(result).__name__}"
    n = len(hits)
    total = sum(hits) + (sum(misses) if n else 0)
    if not total <= result <= total * max(n, 1):
        return f"the total must lie between {total} and {total * max(n, 1)}, got {result}"
    return None


def scale(rng, n):
    """n keys (up to 300) with random counts."""
    return _counts(rng, n, 10**6, 10**6)
