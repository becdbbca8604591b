import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _case(n_users, triples, Q, lam):
    users = _i([t[0] for t in triples])
    items = _i([t[1] for t in triples])
    values = _f([t[2] for t in triples])
    return (n_users, users, items, values, _f(Q), lam)


SAMPLES = [
    Case(_case(2, [(0, 0, 5.0), (0, 1, 2.0)], [[1.0], [2.0]], 0.5),
         expected=_f([[1.5], [0.0]]),
         note="member 0 rated both books (n = 2): (1·1 + 2·2 + 0.5·2)·p = 1·5 + 2·2, so "
              "p = 9 / 6 = 1.5; member 1 rated nothing and gets 0"),
    Case(_case(2, [(1, 2, 3.0), (0, 1, 4.0), (0, 0, 2.0)],
               [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], 0.5),
         expected=_f([[1.0, 2.0], [1.2, 1.2]]),
         note="member 0: Q_uᵀQ_u = I, plus 0.5·2·I gives 2·I, and Q_uᵀr_u = (2, 4), so "
              "p = (1, 2); member 1 has one rating: ((1, 1), (1, 1)) + 0.5·I against (3, 3) "
              "gives p = (1.2, 1.2)"),
]


def _random(seed, n_users, n_items, k, T, lam, empty_frac=0.0, skew=False, scale=1.0):
    rng = np.random.default_rng(seed)
    Q = rng.uniform(-scale, scale, size=(n_items, k))
    T = min(T, n_users * n_items)
    if skew:  # a few members rate a lot, most rate a little
        weights = rng.pareto(1.0, size=n_users) + 0.01
    else:
        weights = np.ones(n_users)
    if empty_frac:
        weights[rng.random(n_users) < empty_frac] = 0.0
        if weights.sum() == 0:
            weights[0] = 1.0
    weights = weights / weights.sum()
    pairs = set()
    users, items = [], []
    while len(users) < T:
        need = T - len(users)
        us = rng.choice(n_users, size=need, p=weights)
        its = rng.integers(0, n_items, size=need)
        for u, i in zip(us.tolist(), its.tolist()):
            if (u, i) not in pairs:
                pairs.add((u, i))
                users.append(u)
                items.append(i)
        if len(pairs) >= int((weights > 0).sum()) * n_items:
            break
    values = rng.integers(1, 11, size=len(users)) / 2.0
    return (n_users, _i(users), _i(items), values, Q, lam)


HIDDEN = [
    Case((3, _i([]), _i([]), _f([]), _f([[0.5, -0.5], [0.25, 1.0]]), 0.1),
         note="no ratings at all: every row is zero"),
    Case(_case(1, [(0, 0, 3.0)], [[0.0]], 1.0), note="the only rated book has a zero factor"),
    Case(_case(1, [(0, 0, 4.0)], [[0.5, -1.0, 0.25]], 0.01),
         note="one rating, k = 3: Q_uᵀQ_u has rank 1, only lam makes it solvable"),
    Case(_case(3, [(2, 1, -10.0), (2, 0, 10.0), (0, 2, 7.5), (2, 2, 0.0)],
               [[1.0, -1.0], [0.3, 0.7], [-0.2, 0.1], [0.9, 0.9]], 0.3),
         note="extreme and zero scores; member 1 and book 3 unused"),
    Case(_case(2, [(0, 0, 1.0), (0, 1, 2.0), (0, 2, 3.0), (0, 3, 4.0), (0, 4, 5.0), (1, 0, 1.0)],
               [[0.1, 0.2], [0.3, -0.4], [0.5, 0.6], [-0.7, 0.8], [0.9, 1.0]], 2.5),
         note="rating counts 5 and 1: the scaling of lam by n_u matters"),
    Case(_case(4, [(3, 0, 2.0), (1, 0, 2.0), (3, 1, 1.0), (0, 1, 5.0)],
               [[0.6, 0.1, -0.3], [0.2, 0.2, 0.2]], 10.0),
         note="strong regularisation; more members than books"),
    Case(_case(2, [(1, 0, 4.5), (1, 1, 3.5), (1, 2, 1.5), (0, 2, 2.0)],
               [[1.0], [1.0], [1.0]], 0.001),
         note="k = 1, identical book factors, tiny lam"),
    Case(_random(1, 6, 5, 3, 14, 0.2), note="random small"),
    Case(_random(2, 40, 30, 6, 500, 0.05, empty_frac=0.2, skew=True),
         note="random, skewed rating counts, some members without ratings"),
    Case(_random(3, 2000, 2000, 32, 50000, 0.1, empty_frac=0.05, skew=True), note="largest"),
    Case(_random(4, 300, 2000, 32, 50000, 0.002, scale=0.05), note="large, dense members, tiny "
                                                                     "lam and small factors"),
    Case(_random(5, 2000, 40, 32, 6000, 1.0), note="many members with fewer ratings than k"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 30), rng.randint(1, 30),
                   rng.randint(1, 8), rng.randint(0, 200), rng.choice([0.001, 0.05, 0.5, 3.0]),
                   empty_frac=rng.choice([0.0, 0.3]), skew=rng.random() < 0.5)


@st.composite
def _small(draw):
    n_users, n_items, k = draw(st.integers(1, 4)), draw(st.integers(1, 4)), draw(st.integers(1, 3))
    entry = st.integers(-4, 4).map(lambda v: v / 4)
    Q = draw(st.lists(st.lists(entry, min_size=k, max_size=k), min_size=n_items,
                      max_size=n_items))
    pairs = draw(st.lists(st.tuples(st.integers(0, n_users - 1), st.integers(0, n_items - 1)),
                          unique=True, max_size=8))
    triples = [(u, i, draw(st.integers(-20, 20)) / 2) for u, i in pairs]
    return _case(n_users, triples, Q, draw(st.sampled_from([0.01, 0.1, 1.0, 4.0])))


def arguments():
    return _small()


def invariant(args, result):
    n_users, users, _, _, Q, lam = args
    P = np.asarray(result)
    if P.shape != (n_users, Q.shape[1]):
        return "P must have shape (n_users, k)"
    if len(users) > 2000:
        return None
    # first-order optimality of each member's ridge problem: Q_u^T (Q_u p - r_u) + lam n_u p = 0
    for u in range(n_users):
        mask = users == u
        if not mask.any():
            if np.any(P[u] != 0):
                return f"member {u} has no ratings, so P[{u}] must be zeros"
            continue
        Qu, ru = Q[args[2][mask]], args[3][mask]
        grad = Qu.T @ (Qu @ P[u] - ru) + lam * mask.sum() * P[u]
        if np.max(np.abs(grad), initial=0.0) > 1e-6 * (1 + np.abs(Qu.T @ ru).max()):
            return f"P[{u}] does not satisfy the normal equations"
    return None
