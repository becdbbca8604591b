import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("TileCache", 2), ("put", 1, 10), ("put", 2, 20), ("get", 1), ("put", 3, 30),
             ("get", 2), ("get", 3), ("put", 4, 40), ("get", 1), ("get", 3), ("get", 4)),
         expected=[None, None, None, 10, None, -1, 30, None, -1, 30, 40],
         note="2 has the fewest uses and goes first; then 1 and 3 both have two uses, and 1 "
              "was used longer ago"),
    Case(ops(("TileCache", 2), ("put", 7, 1), ("put", 8, 2), ("put", 7, 5), ("put", 9, 3),
             ("get", 8), ("get", 7), ("put", 8, 6), ("get", 9), ("get", 8)),
         expected=[None, None, None, None, None, -1, 5, None, -1, 6],
         note="replacing 7's value is a second use of 7; 8 comes back with a fresh count"),
]

TOP = 10**9
_rng = random.Random(52391)


def _calls(capacity: int, operations: list[tuple]) -> tuple:
    return ops(("TileCache", capacity), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _random_calls(rng: random.Random, count: int, keys: int, get_share: float,
                  skew: float) -> list[tuple]:
    """Gets and puts over keys 0 .. keys-1; with skew > 0 small keys are asked for far more
    often, so use counts spread out."""
    out = []
    for _ in range(count):
        key = int(keys * rng.random() ** (1 + skew))
        if rng.random() < get_share:
            out.append(("get", key))
        else:
            out.append(("put", key, rng.randrange(TOP + 1)))
    return out


def _fill_then_churn(capacity: int, new_keys: int) -> tuple:
    """Fill the cache with one-use keys, then put new keys: each one removes the oldest
    filled key, 0 first; a scan of the cache for every removal costs O(capacity) each."""
    fill = [("put", key, key) for key in range(capacity)]
    churn = [("put", capacity + i, i) for i in range(new_keys)]
    tail = [("get", 0), ("get", 1), ("get", capacity + new_keys - 1),
            ("get", capacity + new_keys - 2)]
    return _lists(_calls(capacity, fill + churn + tail))


def _hot_key(count: int) -> tuple:
    """One key used count // 2 times, then a stream of new keys through the other slots."""
    out = [("put", 5, 5)] + [("get", 5) for _ in range(count // 2)]
    out += [("put", 1000 + i, i) for i in range(count // 2 - 2)] + [("get", 5), ("get", 1000)]
    return _lists(_calls(3, out))


HIDDEN = [
    Case(_calls(1, []), note="only the constructor"),
    Case(_calls(3, [("get", 0), ("get", 9)]), note="gets on an empty cache"),
    Case(_calls(1, [("put", 4, 4), ("get", 4), ("get", 4), ("put", 5, 5), ("get", 4),
                    ("get", 5)]),
         note="capacity 1: even a much-used tile is removed"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("get", 2), ("get", 1), ("put", 3, 3),
                    ("get", 1), ("get", 2), ("get", 3)]),
         note="a tie in uses: the key added first was used most recently, so the other goes"),
    Case(_calls(3, [("put", 1, 1), ("put", 2, 2), ("put", 3, 3), ("get", 3), ("get", 1),
                    ("get", 2), ("put", 4, 4), ("get", 3), ("get", 1), ("get", 2),
                    ("get", 4)]),
         note="three keys tied at two uses"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("put", 2, 3), ("put", 3, 4), ("get", 1),
                    ("get", 2), ("get", 3)]),
         note="an update is a use"),
    Case(_calls(2, [("put", 1, 1), ("get", 1), ("get", 1), ("put", 1, 7), ("put", 2, 2),
                    ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)]),
         note="an update adds to the count, it does not reset it"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("put", 2, 5), ("put", 2, 6), ("get", 1),
                    ("get", 2), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)]),
         note="updates while full remove nothing"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("get", 2), ("put", 3, 3), ("put", 4, 4),
                    ("get", 2), ("get", 3), ("get", 4)]),
         note="a new key has the fewest uses: it goes before older, more used keys"),
    Case(_calls(2, [("put", 1, 1), ("get", 1), ("get", 1), ("put", 2, 2), ("get", 2),
                    ("put", 3, 3), ("get", 2), ("get", 3), ("put", 4, 4), ("get", 1),
                    ("get", 3), ("get", 4)]),
         note="after a removal the fewest uses drops back to one"),
    Case(_calls(2, [("put", 5, 5), ("get", 5), ("get", 5), ("put", 6, 6), ("get", 6),
                    ("get", 6), ("get", 6), ("put", 7, 7), ("get", 7), ("put", 5, 1),
                    ("put", 8, 8), ("get", 5), ("get", 6), ("get", 7), ("get", 8)]),
         note="a removed key comes back with one use, not its old count"),
    Case(_calls(2, [("put", 1, 1), ("put", 2, 2), ("get", 9), ("put", 3, 3), ("get", 1),
                    ("get", 2), ("get", 3)]),
         note="a missed get changes nothing"),
    Case(_calls(3, [("put", 0, 0), ("put", TOP, TOP), ("get", 0), ("get", TOP), ("put", 0, TOP),
                    ("get", 0), ("put", 7, 0), ("get", 7)]),
         note="extreme keys, and a stored value of 0"),
    Case(_calls(3, [("put", k, k) for k in range(8)] + [("get", k) for k in range(8)]),
         note="a run of removals, all at one use"),
    Case(_calls(4, [("put", 1, 1), ("get", 1), ("put", 2, 2), ("get", 2), ("get", 2),
                    ("put", 3, 3), ("get", 1), ("put", 4, 4), ("get", 4), ("get", 4),
                    ("get", 4), ("put", 5, 5), ("put", 6, 6), ("get", 1), ("get", 2),
                    ("get", 3), ("get", 4), ("get", 5), ("get", 6)]),
         note="keys at several use counts"),
    Case(_calls(100_000, [("put", k, k) for k in range(10)] + [("get", k) for k in range(12)]),
         note="capacity far above the number of keys"),
    # 10**9 (removal, cached tile) pairs for a scan; kept this size because a plain
    # dict per use count, whose first key is found by walking over the slots its deleted
    # keys left, also costs O(removals * capacity) (in C, about 100 times faster)
    Case(_fill_then_churn(10_000, 100_000),
         note="large: a full cache of 10000 tiles, then 10**5 new keys each removing one"),
    Case(_hot_key(200_000), note="large: one key with 10**5 uses"),
    Case(_lists(_calls(2000, _random_calls(_rng, 200_000, 6000, 0.5, 1.5))),
         note="large: skewed keys, use counts spread out"),
    Case(_lists(_calls(10_000, _random_calls(_rng, 200_000, 30_000, 0.3, 0.0))),
         note="large: uniform keys, many removals"),
]


def generate(rng):
    capacity = rng.randint(1, 60)
    count = rng.randint(0, 3000)
    keys = rng.randint(1, 3 * capacity)
    return _calls(capacity, _random_calls(rng, count, keys, rng.random(),
                                          rng.choice([0.0, 0.5, 2.0])))


_key = st.integers(0, 6)
_call = st.one_of(
    st.tuples(st.just("get"), st.tuples(_key)),
    st.tuples(st.just("put"), st.tuples(_key, st.integers(0, 9))),
)


def _as_calls(drawn: tuple) -> tuple:
    capacity, calls = drawn
    return ([("TileCache", [capacity])] + [(name, list(args)) for name, args in calls],)


def arguments():
    return st.tuples(st.integers(1, 4), st.lists(_call, max_size=40)).map(_as_calls)


def scale(rng, n):
    """n // 2 puts fill a cache of n // 2 tiles, then n // 2 new keys each remove one: a
    scan of the cache for every removal grows like n^2 (and so, far more slowly, does a
    plain dict per use count whose first key is taken after many deletions)."""
    half = max(1, n // 2)
    fill = [("put", key, key) for key in range(half)]
    churn = [("put", half + i, i) for i in range(half)]
    return _lists(_calls(half, fill + churn))
