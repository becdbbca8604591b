import numpy as np

from judge.grading.authoring import Case, st


def _m(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32)


def _clean(args) -> bool:
    """The statement's promise: among the deciding scores of each listed shopper (the first
    min(k + 1, unseen) in ranked order), two are both exactly 0 or differ by more than
    1e-9 * max(1, |score|)."""
    interactions, users, k = args
    R = interactions.astype(np.float64)
    norms = np.sqrt((R * R).sum(axis=0))
    safe = np.where(norms > 0, norms, 1.0)
    S = (R.T @ R) / np.outer(safe, safe)
    for u in set(users):
        row = R[u]
        scores = np.sort(-(row @ S)[row == 0])[:k + 1] * -1
        for a, b in zip(scores, scores[1:], strict=False):
            if a == 0 and b == 0:
                continue
            if a - b <= 1e-9 * max(1.0, abs(a)):
                return False
    return True


def _checked(rows, users, k) -> tuple:
    args = (_m(rows), list(users), k)
    assert _clean(args), "a case breaks the tie promise"
    return args


SAMPLES = [
    Case(_checked([[2, 0, 1, 0], [1, 3, 0, 0], [0, 1, 1, 2]], [0, 1], 2),
         expected=[[1, 3], [2, 3]],
         note="shopper 0 bought products 0 (2 units) and 2 (1 unit): score(1) = 2·3/√50 + "
              "1·1/√20 ≈ 1.072 and score(3) = 2·0 + 1·2/(√2·2) ≈ 0.707; shopper 1: score(2) = "
              "1·2/√10 + 3·1/√20 ≈ 1.303, score(3) = 3·2/(√10·2) ≈ 0.949"),
    Case(_checked([[1, 0, 0, 0], [1, 1, 0, 0], [0, 0, 2, 0]], [0, 1], 5),
         expected=[[1, 2, 3], [2, 3]],
         note="k is larger than the number of unseen products, so all are returned; products "
              "2 and 3 score 0 (3 was never bought: similarity 0) and tie, lower index first"),
]


def _random(seed, n_users, n_items, n_list, k, density, zero_cols=0, zero_rows=0,
            continuous=False):
    rng = np.random.default_rng(seed)
    for _ in range(100):
        values = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 12.0, 100.0], size=(n_users, n_items),
                            p=[0.1, 0.35, 0.1, 0.15, 0.1, 0.1, 0.07, 0.03])
        if continuous:  # amounts like 3.7 kg: ties between non-zero scores become unlikely
            values = np.round(rng.uniform(0.5, 100, size=(n_users, n_items)), 2)
        R = np.where(rng.random((n_users, n_items)) < density, values, 0.0)
        R[:, rng.integers(0, n_items, size=zero_cols)] = 0.0
        R[rng.integers(0, n_users, size=zero_rows)] = 0.0
        users = rng.integers(0, n_users, size=n_list).tolist()
        args = (R.astype(np.float32), users, k)
        if _clean(args):
            return args
    raise AssertionError("no clean random case")


HIDDEN = [
    Case(_checked([[4]], [0], 1), note="one product, already bought: empty list"),
    Case(_checked([[0]], [0, 0], 3), note="one product, never bought, shopper listed twice"),
    Case(_checked([[0, 0, 0, 0], [1, 0, 2, 0]], [0], 3),
         note="a shopper who bought nothing: every score is 0, index order"),
    Case(_checked([[0, 1, 0, 1, 0, 0], [0, 1, 2, 0, 0, 0], [0, 0, 0, 0, 0, 3]], [0], 5),
         note="products 0 and 4 were never bought (zero columns): score 0, not nan, so they "
              "rank by index with product 5, which also scores 0"),
    Case(_checked([[1, 1, 0, 0], [0, 0, 1, 1], [1, 0, 0, 1]], [1], 4),
         note="seen products 2 and 3 must not fill the list even though k exceeds the unseen "
              "count"),
    Case(_checked([[1, 0, 1, 0, 0], [0, 0, 1, 0, 1], [0, 1, 0, 0, 0]], [0], 3),
         note="seen product 0 has a lower index than unseen zero-score products"),
    Case(_checked([[5, 0, 0.5, 0], [0, 1, 0, 0], [0.5, 1, 0, 3], [0, 2, 3, 0]], [0, 2, 3], 1),
         note="k = 1"),
    Case(_checked([[100, 0.5, 0, 0], [0.5, 0, 100, 0.5], [0, 3, 1, 0], [2, 0, 0, 7]],
                  [0, 1, 2, 3, 0], 2),
         note="interaction amounts from 0.5 to 100 weight the seen products"),
    Case(_checked([[1, 2, 0, 0, 0], [0, 2, 1, 0, 3], [2, 0, 0, 1, 0], [0, 0, 3, 1, 1]],
                  [0, 1, 2, 3], 3),
         note="user-user similarity would rank these differently"),
    Case(_checked([[1, 0, 0], [1, 0.5, 0], [1, 0, 2], [0, 0, 1]], [0], 2),
         note="product 1's column has norm 0.5 (below 1): it must still be divided out"),
    Case(_random(1, 12, 9, 12, 4, 0.3, zero_cols=2, zero_rows=1), note="random, small"),
    Case(_random(2, 200, 60, 150, 60, 0.08, zero_cols=5, zero_rows=5),
         note="random, sparse: many zero scores"),
    Case(_random(3, 3000, 600, 3000, 10, 0.02, zero_cols=10, zero_rows=30), note="largest"),
    Case(_random(4, 3000, 600, 3000, 1000, 0.01, zero_cols=40, continuous=True),
         note="largest, k above n_items, continuous amounts"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 40), rng.randint(1, 25),
                   rng.randint(1, 20), rng.randint(1, 30), rng.choice([0.05, 0.15, 0.4]),
                   zero_cols=rng.randint(0, 3), zero_rows=rng.randint(0, 2),
                   continuous=rng.random() < 0.5)


@st.composite
def _small(draw):
    n_users, n_items = draw(st.integers(1, 5)), draw(st.integers(1, 6))
    value = st.sampled_from([0.0, 0.0, 0.0, 1.0, 2.0, 0.5, 7.0])
    rows = draw(st.lists(st.lists(value, min_size=n_items, max_size=n_items),
                         min_size=n_users, max_size=n_users))
    users = draw(st.lists(st.integers(0, n_users - 1), min_size=1, max_size=4))
    return _m(rows), users, draw(st.integers(1, n_items + 2))


def arguments():
    return _small().filter(_clean)


def invariant(args, result):
    interactions, users, k = args
    if len(result) != len(users):
        return "one list per listed shopper is expected"
    for u, picks in zip(users, result, strict=True):
        seen = set(np.flatnonzero(interactions[u] != 0).tolist())
        if len(set(picks)) != len(picks):
            return f"shopper {u}: a product is recommended twice"
        if seen & set(picks):
            return f"shopper {u}: an already bought product is recommended"
    return None
