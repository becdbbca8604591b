import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("LRUCache", 2), ("put", 1, 10), ("put", 2, 20), ("get", 1), ("put", 3, 30),
             ("get", 2), ("get", 3), ("get", 1)),
         expected=[None, None, None, 10, None, -1, 30, 10]),
    Case(ops(("LRUCache", 2), ("put", 5, 1), ("put", 6, 2), ("put", 5, 3), ("put", 7, 4),
             ("get", 6), ("get", 5), ("get", 7)),
         expected=[None, None, None, None, None, -1, 3, 4]),
]


def _calls(capacity: int, operations: list[tuple]) -> tuple:
    return ops(("LRUCache", capacity), *operations)


def _random_calls(rng: random.Random, capacity: int, count: int, keys: int,
                  get_share: float) -> list[tuple]:
    out = []
    for _ in range(count):
        key = rng.randrange(keys)
        if rng.random() < get_share:
            out.append(("get", key))
        else:
            out.append(("put", key, rng.randrange(10**9 + 1)))
    return out


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, op_args] for name, op_args in args[0]],)


_rng = random.Random(777)
BIG = 30_000


def _large_mixed() -> tuple:
    # fill the cache, then hammer it with gets and puts over a key range a bit wider than it
    fill = [("put", key, key * 3) for key in range(BIG)]
    mixed = _random_calls(_rng, BIG, 70_000, BIG + BIG // 4, 0.6)
    return _lists(_calls(BIG, fill + mixed))


def _large_refresh(size: int) -> tuple:
    # touch the keys newest first: a list of keys kept in use order is scanned up to the key
    # and shifted after it, the whole list each time; afterwards the oldest key is the last
    # one put, so it is the one evicted
    fill = [("put", key, key) for key in range(size)]
    touches = [("get", key) for key in reversed(range(size))]
    tail = [("put", size, 1), ("get", size - 1), ("get", 0), ("get", size - 2), ("get", size)]
    return _lists(_calls(size, fill + touches + tail))


HIDDEN = [
    Case(_calls(1, []), note="only the constructor"),
    Case(_calls(3, [("get", 0), ("get", 7)]), note="gets on an empty cache"),
    Case(_calls(1, [("put", 4, 4), ("get", 4), ("put", 5, 5), ("get", 4), ("get", 5)]),
         note="capacity 1"),
    Case(_calls(2, [("put", 1, 1), ("put", 1, 2), ("put", 1, 3), ("get", 1), ("put", 2, 2),
                    ("get", 1), ("get", 2)]),
         note="overwriting a key never evicts"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("put", 1, 9), ("put", 3, 3), ("get", 1),
                    ("get", 2), ("get", 3)]),
         note="an overwrite counts as a use"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("put", 2, 5), ("get", 1), ("get", 2),
                    ("put", 3, 3), ("get", 2), ("get", 1), ("get", 3)]),
         note="overwriting while full keeps every key"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2),
                    ("get", 1), ("get", 3)]),
         note="a get counts as a use"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("get", 9), ("put", 3, 3), ("get", 1),
                    ("get", 2), ("get", 3)]),
         note="a missed get changes nothing"),
    Case(_calls(3, [("put", 0, 0), ("put", 10**9, 10**9), ("get", 0), ("get", 10**9),
                    ("put", 0, 10**9), ("get", 0)]),
         note="extreme keys and values"),
    Case(_calls(3, [("put", k, k) for k in range(6)] + [("get", k) for k in range(6)]),
         note="a run of evictions"),
    Case(_calls(BIG, [("put", k, k) for k in range(10)] + [("get", k) for k in range(12)]),
         note="capacity far above the number of keys"),
    Case(_large_mixed(), note="large, mixed"),
    # 2 * 99_997 + 5 calls: the most a test makes
    Case(_large_refresh(99_997), note="largest, newest keys touched first"),
]


def generate(rng):
    capacity = rng.randint(1, 60)
    count = rng.randint(0, 3000)
    keys = rng.randint(1, 3 * capacity)
    return _calls(capacity, _random_calls(rng, capacity, count, keys, rng.random()))


_key = st.integers(0, 6)
_call = st.one_of(
    st.tuples(st.just("get"), st.tuples(_key)),
    st.tuples(st.just("put"), st.tuples(_key, st.integers(0, 99))),
)


def _as_calls(drawn: tuple) -> tuple:
    capacity, calls = drawn
    return ([("LRUCache", [capacity])] + [(name, list(args)) for name, args in calls],)


def arguments():
    return st.tuples(st.integers(1, 4), st.lists(_call, max_size=40)).map(_as_calls)


def scale(rng, n):
    """n calls on a cache of n // 4 entries, over twice as many keys: a cache that keeps its
    recency order in a list pays for a scan on every call, and grows like n^2."""
    capacity = max(1, n // 4)
    return _lists(_calls(capacity, _random_calls(rng, capacity, n, 2 * capacity, 0.5)))
