import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


_E = math.e
_Z = 1 + _E + _E * _E

SAMPLES = [
    Case((_f([[2, 0, 0, 0], [0, 0, 0, 0]]), _f([[1, 0, 0, 0], [0, 0, 0, 0], [0, 1, 0, 0]]),
          _f([[3, 0], [0, 3], [0, 0]]), False),
         expected=(_e([[3 * _E / (_E + 2), 3 / (_E + 2)], [1, 1]]),
                   _e([[_E / (_E + 2), 1 / (_E + 2), 1 / (_E + 2)], [1 / 3, 1 / 3, 1 / 3]])),
         note="d = 4, so the scores are Q·Kᵀ / 2 = [[1, 0, 0], [0, 0, 0]]; the second query "
              "scores every key equally"),
    Case((_f([[1], [1], [1]]), _f([[0], [1], [2]]), _f([[6, 0], [0, 6], [0, 0]]), True),
         expected=(_e([[6, 0], [6 / (1 + _E), 6 * _E / (1 + _E)],
                       [6 / _Z, 6 * _E / _Z]]),
                   _e([[1, 0, 0], [1 / (1 + _E), _E / (1 + _E), 0],
                       [1 / _Z, _E / _Z, _E * _E / _Z]])),
         note="causal: query i sees keys 0 … i only, so the first query puts all its weight "
              "on key 0 and masked weights are exactly 0"),
]


def _normal(seed: int, n_q: int, n_k: int, d: int, d_v: int, causal: bool,
            scale: float = 1.0) -> tuple:
    rng = np.random.default_rng(seed)
    Q = np.clip(rng.normal(0, scale, (n_q, d)), -100, 100).astype(np.float32)
    K = np.clip(rng.normal(0, scale, (n_k, d)), -100, 100).astype(np.float32)
    V = np.clip(rng.normal(0, 3, (n_k, d_v)), -100, 100).astype(np.float32)
    return Q, K, V, causal


def _integers(seed: int, n_q: int, n_k: int, d: int, d_v: int, causal: bool,
              top: int = 100) -> tuple:
    """Integer Q and K with d a power of 4: the scaled scores are exact in float32 and reach
    tens of thousands, far past where exp overflows."""
    rng = np.random.default_rng(seed)
    Q = rng.integers(-top, top + 1, (n_q, d)).astype(np.float32)
    K = rng.integers(-top, top + 1, (n_k, d)).astype(np.float32)
    V = rng.integers(-100, 101, (n_k, d_v)).astype(np.float32)
    return Q, K, V, causal


HIDDEN = [
    Case((_f([[0.5, -1.5]]), _f([[2, 1]]), _f([[-3, 0.25, 7]]), False),
         note="one query, one key: the weight is 1"),
    Case((_f([[3.0]]), _f([[-2.0]]), _f([[1.5]]), True), note="causal with a single position"),
    Case((_f([[1, 2, 3, 4]] * 3), _f([[0.5, 0.5, 0.5, 0.5]] * 4), _f([[1], [2], [3], [4]]),
          False),
         note="all scores tie: uniform weights"),
    Case((_f([[1, 2, 3, 4]] * 4), _f([[0.5, 0.5, 0.5, 0.5]] * 4), _f([[1], [2], [3], [4]]),
          True),
         note="causal ties: query i spreads 1/(i + 1) over keys 0 … i"),
    Case((_f([[100, 100, 100, 100], [-100, -100, -100, -100]]),
          _f([[100, 100, 100, 100], [99, 100, 100, 100], [-100, 100, -100, 100]]),
          _f([[1, 0], [0, 1], [5, 5]]), False),
         note="scores of ±20000: a naive exp overflows; the top two scores differ by 50"),
    Case((_f([[100, 100, 100, 100], [100, 100, 100, 100]]),
          _f([[100, 100, 100, 99], [100, 100, 100, 100]]), _f([[1, -1], [3, 3]]), True),
         note="causal with huge scores: the first query sees only key 0"),
    Case((_f([[-100] * 16, [-100] * 16, [-100] * 16]), _f([[100] * 16, [99] * 16, [100] * 16]),
          _f([[1], [2], [3]]), True),
         note="every visible score very negative (naive exp underflows to 0/0)"),
    Case((_f([[0.5, 1.0], [-1.0, 2.0], [0.25, 0.25]]), _f([[1.0, 0.5], [2.0, -1.0], [0, 1.0]]),
          _f([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0], [3.0, 3.0, 3.0]]), False),
         note="a square score matrix, not causal"),
    Case(_normal(1, 5, 5, 3, 2, True), note="random, causal"),
    Case(_normal(2, 4, 9, 16, 5, False), note="more keys than queries"),
    Case(_normal(3, 9, 4, 8, 3, False, 3.0), note="more queries than keys, wide scores"),
    Case(_integers(4, 6, 6, 4, 3, True, 3), note="small integers: many tied scores"),
    Case(_integers(5, 64, 64, 64, 16, True), note="integer inputs, scores up to 80000, causal"),
    Case(_integers(6, 48, 80, 16, 8, False), note="integer inputs, huge scores, not causal"),
    Case(_normal(7, 1024, 1024, 64, 64, True), note="largest, causal"),
    Case(_normal(8, 512, 1024, 128, 128, False, 2.0), note="largest keys and width, not causal"),
    Case(_integers(9, 1024, 1024, 64, 32, True), note="largest, huge integer scores, causal"),
]


def generate(rng):
    causal = rng.random() < 0.5
    n_q = rng.randint(1, 20)
    n_k = n_q if causal else rng.randint(1, 20)
    seed = rng.randint(0, 10**6)
    if rng.random() < 0.4:
        return _integers(seed, n_q, n_k, rng.choice([1, 4, 16, 64]), rng.randint(1, 6), causal)
    return _normal(seed, n_q, n_k, rng.randint(1, 12), rng.randint(1, 6), causal,
                   rng.choice([0.5, 1.0, 2.0]))


@st.composite
def _small(draw):
    causal = draw(st.booleans())
    n_q = draw(st.integers(1, 5))
    n_k = n_q if causal else draw(st.integers(1, 5))
    d, d_v = draw(st.sampled_from([1, 2, 3, 4, 16])), draw(st.integers(1, 3))
    big = draw(st.booleans()) and d in (1, 4, 16)
    value = st.integers(-100, 100).map(float) if big else st.integers(-16, 16).map(lambda v: v / 4)

    def matrix(r, c, values=value):
        return _f(draw(st.lists(st.lists(values, min_size=c, max_size=c), min_size=r,
                                max_size=r)))

    return matrix(n_q, d), matrix(n_k, d), matrix(n_k, d_v), causal


def arguments():
    return _small()


def invariant(args, result):
    """Each row of weights is a probability distribution over the keys it may see, and the
    output is that mixture of the value rows."""
    Q, K, V, causal = args
    out, weights = (np.asarray(r, dtype=np.float64) for r in result)
    if not np.all(np.isfinite(weights)) or np.any(weights < -1e-7):
        return "the attention weights must be finite and non-negative"
    if not np.allclose(weights.sum(axis=1), 1.0, atol=1e-4):
        return "every row of the attention weights must sum to 1"
    if causal and np.any(np.triu(weights, k=1) != 0):
        return "a query gave weight to a later key under the causal mask"
    mixed = weights @ V.astype(np.float64)
    if not np.allclose(out, mixed, rtol=1e-4, atol=1e-4):
        return "the output is not weights @ V"
    return None
