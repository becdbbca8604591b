import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[1], [-1]]), _f([1, 0]), 1.0, 2),
         expected=(_f([0.8775407]), 0.0),
         note="step 1: w = 0.5; step 2 adds 1 - sigmoid(0.5); b stays 0 by symmetry"),
    Case((_f([[0], [1], [2]]), _f([0, 1, 1]), 0.5, 1),
         expected=(_f([0.25]), 1 / 12),
         note="one step from zero, where every p is 0.5"),
]


def _step(X: np.ndarray, fraction: float) -> float:
    """`fraction` / (the smoothness constant of the mean log-loss), rounded."""
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    top = np.linalg.eigvalsh(A.T @ A / X.shape[0])[-1] / 4
    return float(f"{fraction / top:.3g}")


def _random(seed: int, n: int, d: int, scale: float, fraction: float, n_iters: int,
            margin: float | None = None, offset: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-scale, scale, size=(n, d)) + offset, 2)
    w = rng.uniform(-2, 2, size=d) / scale
    score = (X - offset) @ w
    if margin is None:  # noisy labels: not separable
        y = (rng.uniform(size=n) < 1 / (1 + np.exp(-3 * score))).astype(np.float64)
    else:  # separable with a margin
        keep = np.abs(score) > margin
        X, score = X[keep], score[keep]
        y = (score > 0).astype(np.float64)
    return X, y, _step(X, fraction), n_iters


HIDDEN = [
    Case((_f([[2.0, -1.0]]), _f([1.0]), 0.1, 0), note="zero iterations"),
    Case((_f([[3.0]]), _f([1.0]), 0.5, 40), note="one sample"),
    Case((_f([[1.0], [2.0], [3.0]]), _f([0.0, 0.0, 0.0]), 1.0, 25),
         note="every label is 0"),
    Case((_f([[5.0, 1.0], [5.0, -1.0], [5.0, 2.0], [5.0, -3.0]]), _f([1, 0, 1, 0]), 0.02, 200),
         note="a constant feature next to a separating one"),
    Case((_f([[-2.0], [-1.0], [1.0], [2.0]]), _f([0, 0, 1, 1]), 2.0, 1000),
         note="perfectly separable: the weight keeps growing"),
    Case((_f([[0.0], [0.0], [0.0], [0.0]]), _f([1, 1, 1, 0]), 1.0, 500),
         note="no information in X: b tends to log(3)"),
    Case((_f([[1.0, 1.0], [1.0, 1.0], [-1.0, -1.0], [0.0, 0.0]]), _f([1, 0, 0, 1]), 1.5, 60),
         note="duplicate rows with opposite labels"),
    Case(_random(1, 80, 1, 10.0, 1.0, 2000), note="one feature, noisy"),
    Case(_random(2, 300, 3, 5.0, 1.5, 1500, margin=0.3), note="separable with a margin"),
    Case(_random(3, 200, 4, 2.0, 0.7, 400, offset=30.0), note="features far from 0"),
    Case((_f([[100.0, 0.3], [-100.0, -0.1], [50.5, 0.7], [-70.1, 0.2]]), _f([1, 0, 1, 0]),
          10.0, 3000),
         note="the largest step on separable data: after one step every score is beyond "
              "+-700, every p is exactly 0 or 1 and the weights stop"),
    Case(_random(4, 10000, 10, 100.0, 1.0, 3000), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 60)
    d = rng.randint(1, 5)
    X = _f([[rng.randint(-20, 20) / 4 for _ in range(d)] for _ in range(n)])
    y = _f([rng.randint(0, 1) for _ in range(n)])
    return X, y, _step(X, rng.choice([0.5, 1.0, 2.0])), rng.randint(0, 400)


@st.composite
def _small(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(1, 10))
    value = st.integers(-4, 4)
    X = _f(draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n)))
    y = _f(draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)))
    fraction = draw(st.sampled_from([0.25, 0.5, 1.0]))
    return X, y, _step(X, fraction), draw(st.integers(0, 300))


def arguments():
    return _small()


def _log_loss(X, y, w, b) -> float:
    z = X @ w + b
    # log(1 + exp(-z)) for y = 1 and log(1 + exp(z)) for y = 0, computed stably
    return float(np.mean(np.logaddexp(0.0, np.where(y == 1, -z, z))))


def invariant(args, result):
    """With a step no longer than 1/L, gradient descent never increases the loss, so the
    result is at least as good as the starting point (loss log 2)."""
    X, y, learning_rate, _ = args
    w, b = result
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    smooth = np.linalg.eigvalsh(A.T @ A / X.shape[0])[-1] / 4
    if learning_rate * smooth > 1:
        return None
    loss = _log_loss(X, y, np.asarray(w, dtype=float), float(b))
    if loss > np.log(2) + 1e-9:
        return f"the log-loss went up from log(2) = 0.693147 to {loss:.6g}"
    return None
