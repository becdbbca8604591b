import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


# Sample 1 by hand: A = [[1, -1]], H = [[1, 0]], Z = [[2]], loss = (2 - 0.5)**2 / 2 = 1.125;
# dZ = 1.5, dW2 = H.T * 1.5 = [[1.5], [0]], db2 = [1.5], dA = [1.5 * 2, 1.5 * 3 * 0] = [3, 0],
# dW1 = X.T @ dA = [[3, 0]], db1 = [3, 0].
# Sample 2 by hand: A = [[0, 2], [3, -1]] (an exact zero), H = [[0, 2], [3, 0]], Z = H.
# With s = 1 / (1 + e^2) = P[0, 0] and t = 1 / (1 + e^3) = P[1, 1], both labels 0:
# loss = (ln(1 + e^2) + ln(1 + e^-3)) / 2, dZ = (P - onehot) / 2 = [[s-1, 1-s], [-t, t]] / 2,
# dA = dZ * (A > 0) = [[0, (1-s)/2], [-t/2, 0]].
_S = 1 / (1 + np.exp(2.0))
_T = 1 / (1 + np.exp(3.0))

SAMPLES = [
    Case((_f([[1.0]]), _f([[0.5]]), _f([[1.0, -1.0]]), _f([0.0, 0.0]), _f([[2.0], [3.0]]),
          _f([0.0]), "mse"),
         expected={"loss": 1.125, "dW1": _f([[3.0, 0.0]]), "db1": _f([3.0, 0.0]),
                   "dW2": _f([[1.5], [0.0]]), "db2": _f([1.5])},
         note="the second hidden unit is negative (ReLU off): it gets no gradient"),
    Case((_f([[1.0, 0.0], [0.0, 2.0]]), _i([0, 0]), _f([[-1.0, 2.0], [1.0, -0.5]]),
          _f([1.0, 0.0]), _f([[1.0, 0.0], [0.0, 1.0]]), _f([0.0, 0.0]), "softmax"),
         expected={"loss": float((np.log(1 + np.exp(2.0)) + np.log(1 + np.exp(-3.0))) / 2),
                   "dW1": _f([[0.0, (1 - _S) / 2], [-_T, 0.0]]),
                   "db1": _f([-_T / 2, (1 - _S) / 2]),
                   "dW2": _f([[-1.5 * _T, 1.5 * _T], [_S - 1, 1 - _S]]),
                   "db2": _f([(_S - 1 - _T) / 2, (1 - _S + _T) / 2])},
         note="A[0, 0] is exactly 0: that unit passes no gradient for example 0"),
]


def _random(seed: int, n: int, d: int, h: int, k: int, loss: str, scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    X = rng.normal(0, 1, size=(n, d))
    W1 = rng.normal(0, scale / np.sqrt(d), size=(d, h))
    b1 = rng.normal(0, 0.1, size=h)
    W2 = rng.normal(0, scale / np.sqrt(h), size=(h, k))
    b2 = rng.normal(0, 0.1, size=k)
    y = (rng.integers(0, k, size=n).astype(np.int64) if loss == "softmax"
         else rng.normal(0, 2, size=(n, k)))
    return X, y, W1, b1, W2, b2, loss


def _integer(seed: int, n: int, d: int, h: int, k: int, loss: str) -> tuple:
    """Small integers: many pre-activations are exactly 0."""
    rng = np.random.default_rng(seed)
    X = rng.integers(-2, 3, size=(n, d)).astype(float)
    W1 = rng.integers(-1, 2, size=(d, h)).astype(float)
    b1 = rng.integers(-1, 2, size=h).astype(float)
    W2 = rng.integers(-2, 3, size=(h, k)).astype(float)
    b2 = rng.integers(-1, 2, size=k).astype(float)
    y = (rng.integers(0, k, size=n).astype(np.int64) if loss == "softmax"
         else rng.integers(-3, 4, size=(n, k)).astype(float))
    return X, y, W1, b1, W2, b2, loss


HIDDEN = [
    Case(_random(1, 1, 1, 1, 1, "softmax", 1.0), note="one class: the softmax loss is 0"),
    Case(_random(2, 1, 3, 2, 2, "mse", 1.0), note="a single example"),
    Case((_f([[1.0, 2.0]]), _i([1]), _f([[-1.0], [-1.0]]), _f([0.0]), _f([[1.0, 2.0]]),
          _f([0.5, -0.5]), "softmax"),
         note="every hidden unit is off: only the output bias learns"),
    Case(_integer(3, 6, 3, 4, 3, "softmax"), note="integers with exact zero pre-activations"),
    Case(_integer(4, 6, 3, 4, 2, "mse"), note="integers with exact zero pre-activations, mse"),
    Case((_f([[1e-10], [3.0], [-2e-12]]), _i([1, 0, 1]), _f([[1.0, -1.0]]), _f([0.0, 0.0]),
          _f([[2.5, -1.5], [0.7, 0.3]]), _f([0.1, -0.2]), "softmax"),
         note="pre-activations of +-1e-10 and +-2e-12, computed exactly: tiny but positive "
              "ones pass their gradient, only those <= 0 are cut"),
    Case(_random(5, 4, 3, 3, 3, "softmax", 80.0), note="huge logits: needs a stable softmax"),
    Case(_random(6, 10, 3, 3, 3, "mse", 1.0), note="square weights: a transpose bug hides"),
    Case(_random(7, 50, 5, 8, 4, "softmax", 1.0), note="random"),
    Case(_random(8, 2000, 64, 64, 10, "softmax", 1.5), note="largest, softmax"),
    Case(_random(9, 2000, 64, 64, 64, "mse", 1.0), note="largest, mse"),
]


def generate(rng):
    n, d, h, k = (rng.randint(1, 6) for _ in range(4))
    return _pick(rng, n, d, h, k, rng.choice(["softmax", "mse"]))


def _pick(rng, n, d, h, k, loss):
    seed = rng.randint(0, 10**6)
    if rng.random() < 0.5:
        return _integer(seed, n, d, h, k, loss)
    return _random(seed, n, d, h, k, loss, 1.0)


@st.composite
def _small(draw):
    n, d, h, k = (draw(st.integers(1, 3)) for _ in range(4))
    value = st.integers(-8, 8).map(lambda v: v / 4)

    def matrix(r, c):
        return _f(draw(st.lists(st.lists(value, min_size=c, max_size=c), min_size=r,
                                max_size=r)))

    X, W1, W2 = matrix(n, d), matrix(d, h), matrix(h, k)
    b1, b2 = matrix(1, h)[0], matrix(1, k)[0]
    loss = draw(st.sampled_from(["softmax", "mse"]))
    y = (_i(draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n)))
         if loss == "softmax" else matrix(n, k))
    return X, y, W1, b1, W2, b2, loss


def arguments():
    return _small()


def _loss(X, y, W1, b1, W2, b2, loss):
    Z = np.maximum(X @ W1 + b1, 0.0) @ W2 + b2
    n = X.shape[0]
    if loss == "softmax":
        s = Z - Z.max(axis=1, keepdims=True)
        log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        return -log_p[np.arange(n), y].mean()
    return ((Z - y) ** 2).sum() / (2 * n)


def invariant(args, result):
    """Finite differences: always for W2 and b2 (the loss is smooth in them); for W1 and b1
    only when no pre-activation lies within 1e-3 of the ReLU kink."""
    X, y, W1, b1, W2, b2, loss = args
    if X.size * W1.size > 400:
        return None
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    smooth_inside = bool((np.abs(X @ W1 + b1) > 1e-3).all())
    step = 1e-6
    for name, value in params.items():
        if name in ("W1", "b1") and not smooth_inside:
            continue
        grad = np.asarray(result["d" + name], dtype=float)
        for index in np.ndindex(value.shape):
            up = {key: v.copy() for key, v in params.items()}
            down = {key: v.copy() for key, v in params.items()}
            up[name][index] += step
            down[name][index] -= step
            numeric = (_loss(X, y, **up, loss=loss) - _loss(X, y, **down, loss=loss)) / (2 * step)
            if abs(numeric - grad[index]) > 1e-5 * max(1.0, abs(numeric)):
                return (f"d{name}{list(index)} = {grad[index]:.6g}, but the finite difference "
                        f"of the loss is {numeric:.6g}")
    return None
