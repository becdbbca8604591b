import numpy as np

from judge.grading.authoring import Case, st


def _m(rows, k=None) -> np.ndarray:
    a = np.array(rows, dtype=np.int64)
    return a.reshape(0, k) if k is not None and a.size == 0 else a


SAMPLES = [
    Case((["south", "north", "south", None, "east"], ["north", "west", None, "east"]),
         expected=(["east", "north", "south"], _m([[0, 1, 0], [0, 0, 0], [0, 0, 0], [1, 0, 0]])),
         note="columns in sorted order; the unseen `west` and the missing value are zero rows"),
    Case((["b", "B", "a ", "b"], ["B", "a", "b"]),
         expected=(["B", "a ", "b"], _m([[1, 0, 0], [0, 0, 0], [0, 0, 1]])),
         note='code-point order puts "B" before "a "; the test value "a" has no trailing space, so it is unseen'),
]


def _random(seed: int, n: int, m: int, k: int, unseen: int) -> tuple:
    rng = np.random.default_rng(seed)
    letters = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ ")
    names = set()
    while len(names) < k + unseen:
        names.add("".join(rng.choice(letters, size=rng.integers(1, 21))))
    names = list(names)
    rng.shuffle(names)
    known, new = names[:k], names[k:]
    train = [known[j] for j in rng.integers(0, k, size=n)]
    for j in range(k):  # every known zone appears at least once
        train[int(rng.integers(0, n))] = known[j]
    for i in rng.choice(n, size=n // 20, replace=False):
        if train[i] not in train[:i] + train[i + 1:]:
            continue
        train[i] = None
    pool = known + new + [None]
    test = [pool[j] for j in rng.integers(0, len(pool), size=m)]
    return train, test


HIDDEN = [
    Case(([], ["a", None]), note="no training values: shape (2, 0)"),
    Case(([None, None], ["x", None, ""]), note="training values all missing"),
    Case((["a", "b"], []), note="no test values: shape (0, 2)"),
    Case(([], []), note="both empty: shape (0, 0)"),
    Case((["solo"], ["solo"]), note="a single zone"),
    Case((["zeta", "alpha", "mid", "alpha"], ["mid", "zeta", "alpha"]),
         note="first-seen order is not sorted order"),
    Case(([None, "k2", "k1", None], ["k1", None, "k2", None]),
         note="missing values in training are not a category"),
    Case((["Zone", "zone", "ZONE", "zone "], ["zone", "Zone ", "ZONE", "zone "]),
         note="case and trailing spaces make different zones"),
    Case((["9", "10", "100", "", "-1"], ["", "10", "9", "1"]),
         note="digits sort as strings; the empty string is a zone"),
    Case((["east", "east", "east"], ["west", "north", "east", "south"]),
         note="test zones mostly unseen: fitting on the test column gives more columns"),
    Case((["p", "q", "r", "s"], ["p", "p"]), note="test uses fewer zones than training"),
    Case(_random(1, 60, 30, 8, 3), note="small random"),
    Case(_random(2, 20000, 5000, 200, 40), note="largest"),
]

_ZONES = ["n1", "n2", "s1", "S1", "e", "w", "", "10", "9"]


def generate(rng):
    k = rng.randint(1, len(_ZONES))
    known = rng.sample(_ZONES, k)
    train = [rng.choice(known + [None]) for _ in range(rng.randint(0, 30))]
    test = [rng.choice(_ZONES + [None]) for _ in range(rng.randint(0, 30))]
    return train, test


def arguments():
    zone = st.one_of(st.none(), st.text(alphabet="aAb 1", max_size=3))
    return st.tuples(st.lists(zone, max_size=10), st.lists(zone, max_size=8))


def invariant(args, result):
    train, test = args
    categories, encoded = result
    encoded = np.asarray(encoded)
    if encoded.shape != (len(test), len(categories)):
        return "encoded must have shape (len(test_zones), len(categories))"
    if encoded.size and not np.isin(encoded, [0, 1]).all():
        return "every element must be 0 or 1"
    if encoded.size and (encoded.sum(axis=1) > 1).any():
        return "a row has at most one 1"
    return None
