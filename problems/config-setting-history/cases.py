import random

from judge.grading.authoring import Case, ops, st

SAMPLES = [
    Case(ops(("SettingHistory",), ("set", "db.pool_size", "10", 5), ("get", "db.pool_size", 4),
             ("get", "db.pool_size", 5), ("set", "db.pool_size", "25", 9),
             ("get", "db.pool_size", 8), ("get", "db.pool_size", 100),
             ("get", "cache.ttl", 100)),
         expected=[None, None, None, "10", None, "10", "25", None],
         note="None before the first change and for a key never set; a change at exactly "
              "the asked moment counts"),
    Case(ops(("SettingHistory",), ("set", "theme", "dark", 3), ("set", "theme", "light", 3),
             ("set", "motd", "", 3), ("get", "theme", 3), ("set", "motd", "hi", 7),
             ("get", "motd", 6), ("get", "motd", 7)),
         expected=[None, None, None, None, "light", None, "", "hi"],
         note="two changes at one moment: the later call wins; the empty string is a value"),
]


def _calls(operations: list[tuple]) -> tuple:
    return ops(("SettingHistory",), *operations)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: half the size of tagged tuples on the channel
    return ([[name, list(op_args)] for name, op_args in args[0]],)


TOP = 10**9
_rng = random.Random(40417)


def _key_names(count: int) -> list[str]:
    return [f"svc{i}.opt_{i % 7}" for i in range(count)]


def _random_calls(rng: random.Random, count: int, keys: list[str], set_share: float,
                  max_step: int, values: int) -> list[tuple]:
    """Sets with non-decreasing timestamps (a step of 0 makes a tie) and gets at any moment
    from 1 to a little past the latest change."""
    out = []
    now = rng.randint(1, 50)
    for _ in range(count):
        key = rng.choice(keys)
        if rng.random() < set_share:
            now = min(TOP, now + rng.randint(0, max_step))
            out.append(("set", key, f"v{rng.randrange(values)}" if rng.random() < .9 else "",
                        now))
        else:
            out.append(("get", key, rng.randint(1, min(TOP, now + max_step))))
    return out


def _one_long_key(changes: int, gets: int) -> tuple:
    """One key with `changes` changes, two per timestamp, then gets at random moments over
    the whole history: a scan of the history costs O(changes) per get."""
    sets = [("set", "fleet.rollout", f"r{i}", 1000 + 3 * (i // 2)) for i in range(changes)]
    last = 1000 + 3 * ((changes - 1) // 2)
    asks = [("get", "fleet.rollout", _rng.randint(1, last + 5)) for _ in range(gets)]
    return _lists(_calls(sets + asks))


def _interleaved_key(count: int) -> tuple:
    """A set and then a get of an early moment, alternately, on one key."""
    out = []
    for i in range(count // 2):
        out.append(("set", "pager.route", f"p{i}", 10 + i))
        out.append(("get", "pager.route", 10 + _rng.randrange(i + 1)))
    return _lists(_calls(out))


HIDDEN = [
    Case(_calls([]), note="only the constructor"),
    Case(_calls([("get", "a", 1), ("get", "a", TOP)]), note="gets before any set"),
    Case(_calls([("set", "a", "x", 1), ("get", "a", 1), ("get", "a", TOP)]),
         note="a change at the smallest timestamp"),
    Case(_calls([("set", "a", "x", TOP), ("get", "a", TOP - 1), ("get", "a", TOP)]),
         note="a change at the largest timestamp"),
    Case(_calls([("set", "a", "x", 5), ("get", "a", 4), ("get", "a", 5), ("get", "a", 6)]),
         note="just before, at and just after a change"),
    Case(_calls([("set", "k", "1", 4), ("set", "k", "2", 4), ("set", "k", "3", 4),
                 ("get", "k", 4), ("get", "k", 3), ("get", "k", 5)]),
         note="three changes of one key at one moment"),
    Case(_calls([("set", "k", "1", 4), ("set", "k", "2", 4), ("set", "k", "3", 6),
                 ("get", "k", 4), ("get", "k", 5), ("get", "k", 6)]),
         note="a tie followed by a later change"),
    Case(_calls([("set", "k", "1", 2), ("set", "k", "2", 4), ("set", "k", "3", 4),
                 ("set", "k", "4", 4), ("set", "k", "5", 8), ("get", "k", 3), ("get", "k", 4),
                 ("get", "k", 7)]),
         note="a tie in the middle of the history"),
    Case(_calls([("set", "k", "on", 3), ("set", "k", "", 6), ("get", "k", 5), ("get", "k", 6),
                 ("get", "k", 9), ("get", "k", 2)]),
         note="a setting cleared to the empty string"),
    Case(_calls([("set", "k", "", 3), ("get", "k", 2), ("get", "k", 3)]),
         note="the only value is the empty string"),
    Case(_calls([("set", "k", "on", 3), ("set", "k", "", 3), ("get", "k", 3)]),
         note="cleared at the same moment it was set"),
    Case(_calls([("set", "a", "1", 2), ("set", "b", "2", 2), ("set", "a", "3", 5),
                 ("get", "b", 5), ("get", "a", 4), ("get", "b", 1), ("get", "c", 5)]),
         note="keys are independent"),
    Case(_calls([("set", "a", "1", 10), ("get", "a", 20), ("set", "a", "2", 15),
                 ("get", "a", 20), ("get", "a", 12)]),
         note="a get sees only the changes written before it"),
    Case(_calls([("set", "a", "1", 10), ("set", "b", "2", 10), ("set", "b", "3", 10),
                 ("get", "b", 10), ("get", "a", 10)]),
         note="a tie across keys does not mix them"),
    Case(_calls([("set", "x.y_1", str(i), 1 + i) for i in range(10)]
                + [("get", "x.y_1", t) for t in range(0 + 1, 13)]),
         note="every moment of a short history"),
    Case(_calls([("set", "same", "v", 7)] * 5 + [("get", "same", 7), ("get", "same", 6)]),
         note="the same change written five times"),
    Case(_calls([("set", "a" * 20, "z" * 20, 999_999_999), ("get", "a" * 20, TOP)]),
         note="longest key and value"),
    # 100_000 changes and 100_000 gets: the most a test makes
    Case(_one_long_key(100_000, 100_000),
         note="largest: one key with 10**5 changes, asked at random moments"),
    Case(_interleaved_key(200_000), note="large: a set and a get of an early moment in turn"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, _key_names(1000), 0.5, 3, 50))),
         note="large: 1000 keys, many ties"),
    Case(_lists(_calls(_random_calls(_rng, 200_000, _key_names(3), 0.4, 10_000, 10**6))),
         note="large: few keys, timestamps up to 10**9"),
]


def generate(rng):
    keys = _key_names(rng.randint(1, 8))
    count = rng.randint(0, 3000)
    return _calls(_random_calls(rng, count, keys, rng.random(), rng.choice([0, 1, 2, 5, 100]),
                                rng.randint(1, 30)))


_key = st.sampled_from(["a", "b", "c"])
_value = st.sampled_from(["", "x", "y", "z"])
_step = st.tuples(st.booleans(), _key, _value, st.integers(0, 3), st.integers(1, 25))


def _as_calls(steps: list) -> tuple:
    calls = [("SettingHistory", [])]
    now = 1
    for is_set, key, value, delta, moment in steps:
        if is_set:
            now += delta
            calls.append(("set", [key, value, now]))
        else:
            calls.append(("get", [key, moment]))
    return (calls,)


def arguments():
    return st.lists(_step, max_size=40).map(_as_calls)


def scale(rng, n):
    """n // 2 changes of one key, then n // 2 gets at random moments: a scan of the key's
    history on every get grows like n^2."""
    half = max(1, n // 2)
    sets = [("set", "k", f"v{i}", 1 + i) for i in range(half)]
    asks = [("get", "k", rng.randint(1, half + 1)) for _ in range(half)]
    return _lists(_calls(sets + asks))
