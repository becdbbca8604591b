import random
import string

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((["ml", "ai", "ml", "data", "ai", "ml", "gpu"], 2), expected=["ml", "ai"],
         note="ml is used 3 times, ai twice"),
    Case((["b", "c", "a", "c", "b", "a"], 2), expected=["a", "b"],
         note="a three-way tie is broken by string order"),
    Case((["ML", "ml", "ml"], 5), expected=["ml", "ML"],
         note="fewer than k hashtags: return them all; case matters"),
]

N = 200_000
_ALPHABET = string.ascii_letters + string.digits + "_"


def _tag(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(length))


def _zipf(rng: random.Random, n: int, pool: list[str]) -> list[str]:
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    return rng.choices(pool, weights=weights, k=n)


_rng = random.Random(2718)
_pool = list({_tag(_rng, _rng.randint(1, 20)) for _ in range(100_000)})
_pool.sort()
_rng.shuffle(_pool)

HIDDEN = [
    Case(([], 3), note="no hashtags"),
    Case((["solo"], 0), note="k = 0"),
    Case((["solo"], 1), note="a single hashtag"),
    Case((["x", "x", "x"], 2), note="all duplicates, k above the number of hashtags"),
    Case((["Zebra", "apple", "Apple", "zebra"], 3), note="upper case sorts first"),
    Case((["a_1", "a1", "a_1", "a1", "A1"], 3), note="underscores and digits"),
    Case((["t" * 20, "t" * 19, "t" * 20], 2), note="longest hashtags"),
    Case(([_pool[i % 2000] for i in range(N)], 50), note="largest, 2000 hashtags, all tied"),
    Case((_zipf(_rng, N, _pool), 100), note="largest, skewed use"),
    Case((_pool * 2, 10), note="largest, every hashtag used twice"),
    Case((_zipf(_rng, N, _pool[:5000]), N), note="largest, k above the number of hashtags"),
]


def generate(rng):
    pool = [_tag(rng, rng.randint(1, 3)) for _ in range(rng.randint(1, 40))]
    n = rng.randint(0, 3000)
    return [rng.choice(pool) for _ in range(n)], rng.randint(0, 45)


def arguments():
    return st.tuples(st.lists(st.sampled_from(["a", "b", "B", "ab", "a_", "c1"]), max_size=20),
                     st.integers(0, 7))


def invariant(args, result):
    tags, k = args
    if not isinstance(result, list):
        # the exact checker treats a tuple as a sequence; the statement asks for a list
        return f"expected a list, got {type(result).__name__}"
    if len(result) != min(k, len(set(tags))):
        return f"expected {min(k, len(set(tags)))} hashtags, got {len(result)}"
    if len(set(result)) != len(result):
        return "a hashtag is listed twice"
    return None


def scale(rng, n):
    """n uses spread over about n / 4 hashtags: one scan per hashtag is quadratic."""
    pool = [f"tag{i}" for i in range(max(1, n // 4))]
    return [rng.choice(pool) for _ in range(n)], 10
