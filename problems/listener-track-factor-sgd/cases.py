import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _ratings(triples):
    users = _i([t[0] for t in triples])
    items = _i([t[1] for t in triples])
    values = _f([t[2] for t in triples])
    return users, items, values


def _case(P, Q, triples, lr, reg):
    return (_f(P), _f(Q), *_ratings(triples), lr, reg)


SAMPLES = [
    Case(_case([[1.0]], [[2.0]], [(0, 0, 4.0)], 0.1, 0.5),
         expected=(_f([[1.35]]), _f([[2.1]])),
         note="e = 4 − 1·2 = 2; P[0] = 1 + 0.1·(2·2 − 0.5·1) = 1.35 and "
              "Q[0] = 2 + 0.1·(2·1 − 0.5·2) = 2.1, both from the old values"),
    Case(_case([[0.5, 1.0]], [[1.0, 0.0], [0.0, 2.0]], [(0, 0, 1.5), (0, 1, 1.0)], 0.1, 0.0),
         expected=(_f([[0.6, 0.8]]), _f([[1.05, 0.1], [-0.06, 1.9]])),
         note="rating 0: e = 1, P[0] becomes (0.6, 1.0) and Q[0] (1.05, 0.1); rating 1 sees the "
              "new P[0]: e = 1 − 2 = −1, P[0] becomes (0.6, 0.8) and Q[1] = (0, 2) − 0.1·(0.6, 1.0)"),
]


def _random(seed, n_users, n_items, f, T, lr, reg, scale=0.3, hot=0):
    rng = np.random.default_rng(seed)
    P = rng.normal(0, scale / np.sqrt(f), size=(n_users, f)).clip(-1, 1)
    Q = rng.normal(0, scale / np.sqrt(f), size=(n_items, f)).clip(-1, 1)
    users = rng.integers(0, n_users, size=T)
    items = rng.integers(0, n_items, size=T)
    if hot:  # a few listeners and tracks get most of the ratings: long sequential chains
        users[rng.random(T) < 0.5] = rng.integers(0, hot)
        items[rng.random(T) < 0.5] = rng.integers(0, hot)
    values = rng.integers(1, 11, size=T) / 2.0
    return P, Q, users.astype(np.int64), items.astype(np.int64), values, lr, reg


HIDDEN = [
    Case((_f([[0.2, -0.1]]), _f([[0.3, 0.4]]), _i([]), _i([]), _f([]), 0.05, 0.1),
         note="no ratings: P and Q come back unchanged"),
    Case(_case([[0.5]], [[-0.5]], [(0, 0, -3.0)], 0.1, 1.0), note="f = 1, strong regularisation"),
    Case(_case([[0.1, 0.2, 0.3]], [[0.3, -0.2, 0.1]], [(0, 0, 5.0)] * 3, 0.1, 0.02),
         note="the same rating three times: three sequential steps"),
    Case(_case([[0.4, -0.3], [0.1, 0.9]], [[0.7, 0.2], [-0.5, 0.5], [0.9, 0.9]],
               [(0, 0, 4.0), (1, 0, 2.0), (0, 1, -1.0), (1, 1, 3.5), (0, 0, 1.0)], 0.1, 0.0),
         note="no regularisation; rows shared by consecutive ratings; track 2 and nothing else "
              "untouched"),
    Case(_case([[1.0, -1.0, 0.5], [0.0, 0.0, 0.0], [-0.25, 0.75, 1.0]],
               [[0.5, 0.5, -1.0], [1.0, 0.0, 0.0]],
               [(2, 1, 10.0), (0, 0, -10.0), (2, 0, 0.0), (1, 1, 7.0)], 0.1, 0.3),
         note="extreme ratings, a zero listener row, rating 0"),
    Case(_case([[0.3, 0.6]], [[0.8, -0.4], [0.5, 0.5]], [(0, 0, 2.0), (0, 1, 4.0), (0, 0, 2.0)],
               0.001, 0.05),
         note="small learning rate"),
    Case(_random(1, 5, 4, 3, 40, 0.1, 0.1), note="random, few rows, many repeats"),
    Case(_random(2, 50, 80, 8, 1000, 0.05, 0.02, hot=5), note="random, hot rows"),
    Case(_random(3, 2000, 2000, 32, 20000, 0.02, 0.05, hot=20), note="largest"),
    Case(_random(4, 300, 100, 16, 20000, 0.01, 0.5, scale=1.0), note="large, dense, strong "
                                                                      "regularisation"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 30), rng.randint(1, 30),
                   rng.randint(1, 8), rng.randint(0, 200), rng.choice([0.1, 0.05, 0.01]),
                   rng.choice([0.0, 0.1, 0.7]), hot=rng.randint(0, 3))


@st.composite
def _small(draw):
    n_users, n_items, f = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    entry = st.integers(-4, 4).map(lambda v: v / 4)
    P = draw(st.lists(st.lists(entry, min_size=f, max_size=f), min_size=n_users,
                      max_size=n_users))
    Q = draw(st.lists(st.lists(entry, min_size=f, max_size=f), min_size=n_items,
                      max_size=n_items))
    triples = draw(st.lists(st.tuples(st.integers(0, n_users - 1), st.integers(0, n_items - 1),
                                      st.integers(-10, 10).map(lambda v: v / 2)), max_size=6))
    return _case(P, Q, triples, draw(st.sampled_from([0.1, 0.05])),
                 draw(st.sampled_from([0.0, 0.2, 1.0])))


def arguments():
    return _small()


def invariant(args, result):
    P, Q = args[0], args[1]
    P_new, Q_new = (np.asarray(x) for x in result)
    if P_new.shape != P.shape or Q_new.shape != Q.shape:
        return "P_new and Q_new must have the shapes of P and Q"
    return None
