import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([[0, 0]]), _i([0]), 0.2), expected=math.log(2),
         note="equal logits: log_p = [−ln 2, −ln 2] and the target [0.9, 0.1] sums to 1, "
              "so the loss is ln 2"),
    Case((_f([[1000, 0, 0], [0, 0, 0]]), _i([0, 2]), 0.3), expected=(200 + math.log(3)) / 2,
         note="row 0: log_p ≈ [0, −1000, −1000] and the target is [0.8, 0.1, 0.1] "
              "(eps / K = 0.1), a loss of 0.1·1000 + 0.1·1000 = 200; row 1 gives ln 3; "
              "the mean of the two rows is (200 + ln 3) / 2. exp(1000) overflows"),
]


def _random(seed: int, n: int, k: int, scale: float, eps: float) -> tuple:
    rng = np.random.default_rng(seed)
    logits = rng.normal(0, scale, size=(n, k)).clip(-1e4, 1e4).astype(np.float32)
    return logits, rng.integers(0, k, size=n).astype(np.int64), eps


def _tenths(seed: int, n: int, k: int, eps: float) -> tuple:
    rng = np.random.default_rng(seed)
    logits = (rng.integers(-50, 51, size=(n, k)) / 10).astype(np.float32)
    return logits, rng.integers(0, k, size=n).astype(np.int64), eps


HIDDEN = [
    Case((_f([[3.5], [-2.0]]), _i([0, 0]), 0.4), note="K = 1: the loss is 0"),
    Case((_f([[7.0]]), _i([0]), 0.0), note="K = 1, eps = 0"),
    Case((_f([[2.0, -1.0, 0.5]]), _i([0]), 0.0), note="eps = 0: plain cross-entropy"),
    Case((_f([[2.0, -1.0, 0.5], [0.25, 0.0, -3.0]]), _i([0, 2]), 1.0),
         note="eps = 1: a uniform target, the labels do not matter"),
    Case((_f([[1e4, -1e4, 0.0], [-1e4, 1e4, 9999.0]]), _i([1, 2]), 0.1),
         note="logits ±10⁴: exp overflows, naive log(softmax) gives inf or nan"),
    Case((_f([[-1e4, -9999.0], [-1e4, -1e4]]), _i([0, 1]), 0.05),
         note="very negative logits: exp underflows to 0"),
    Case((_f([[1e4, 9999.5], [-1e4, -9999.25], [0.1, -0.2]]), _i([0, 1, 1]), 0.1),
         note="rows at very different levels: each row needs its own shift"),
    Case((_f([[5.0, 5.0, 5.0, 5.0]] * 3), _i([0, 1, 3]), 0.1),
         note="all logits equal: the loss is ln 4 whatever eps is"),
    Case((_f([[0.0, 40.0]]), _i([0]), 0.1), note="confidently wrong, two classes"),
    Case((_f([[30.0, 0.0, 0.0, 0.0, 0.0]]), _i([0]), 0.1),
         note="confidently right: the smoothing mass dominates the loss"),
    Case((_f([[2.0, 1.0, 0.0]]), _i([2]), 0.9), note="eps near 1"),
    Case((_f([[0.1, 0.2, 0.3, 0.4]]), _i([3]), 1e-7), note="a tiny eps"),
    Case(_tenths(1, 12, 5, 0.1), note="tenths, eps = 0.1"),
    Case(_random(2, 40, 7, 3.0, 0.25), note="random"),
    Case(_random(3, 1, 1000, 50.0, 0.1), note="one clip, 1000 species"),
    Case(_random(4, 5000, 200, 2.0, 0.1), note="largest, ordinary logits"),
    Case(_random(5, 1000, 1000, 5000.0, 0.2), note="largest, logits in the thousands"),
]


def generate(rng):
    n = rng.randint(1, 40)
    k = rng.randint(1, 12)
    eps = rng.choice([0.0, 0.05, 0.1, 0.3, 1.0, round(rng.random(), 3)])
    seed = rng.randint(0, 10**6)
    if rng.random() < 0.4:
        return _tenths(seed, n, k, eps)
    return _random(seed, n, k, rng.choice([0.5, 5.0, 300.0, 8000.0]), eps)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 5))
    k = draw(st.integers(1, 5))
    value = st.integers(-40, 40).map(lambda v: v / 8)
    logits = draw(st.lists(st.lists(value, min_size=k, max_size=k), min_size=n, max_size=n))
    labels = draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n))
    eps = draw(st.integers(0, 20).map(lambda v: v / 20))
    return _f(logits), _i(labels), eps


def arguments():
    return _small()


def invariant(args, result):
    """The loss is finite and at least the entropy of the smoothed target (Gibbs)."""
    logits, labels, eps = args
    if not isinstance(result, float) or not math.isfinite(result):
        return "the loss must be a finite float"
    n, k = logits.shape
    if k == 1:
        return None if abs(result) <= 1e-6 else "with K = 1 the loss must be 0"
    other = eps / k
    own = 1.0 - eps + other
    entropy = -(own * math.log(own) if own > 0 else 0.0)
    entropy -= (k - 1) * (other * math.log(other) if other > 0 else 0.0)
    if result < entropy - 1e-5 * max(1.0, entropy):
        return f"the loss {result} is below the entropy of the smoothed target {entropy}"
    return None
