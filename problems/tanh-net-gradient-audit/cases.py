import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _true_grad(X, y, hidden, theta) -> np.ndarray:
    """The exact analytic gradient of the stated loss (back-propagation)."""
    n, d = X.shape
    cut = d * hidden
    W1 = theta[:cut].reshape(d, hidden)
    b1 = theta[cut:cut + hidden]
    w2 = theta[cut + hidden:cut + 2 * hidden]
    b2 = theta[-1]
    H = np.tanh(X @ W1 + b1)
    dz = 2.0 * (H @ w2 + b2 - y) / n
    dA = np.outer(dz, w2) * (1.0 - H ** 2)
    return np.concatenate([(X.T @ dA).ravel(), dA.sum(axis=0), H.T @ dz, [dz.sum()]])


def _candidate(kind, X, y, hidden, theta, rng) -> np.ndarray:
    """A candidate analytic gradient: right, or with a bug people write."""
    n, d = X.shape
    g = _true_grad(X, y, hidden, theta)
    cut = d * hidden
    if kind == "right":
        return g
    if kind == "half":                       # forgot the 2 of the square
        return g / 2
    if kind == "sum":                        # summed instead of averaged over rows
        return g * n
    if kind == "transposed":                 # dW1 packed column by column
        out = g.copy()
        out[:cut] = g[:cut].reshape(d, hidden).T.ravel()
        return out
    if kind == "no_bias_out":                # forgot db2
        out = g.copy()
        out[-1] = 0.0
        return out
    if kind == "sign_b1":
        out = g.copy()
        out[cut:cut + hidden] *= -1
        return out
    if kind == "noise":
        return g + rng.normal(0, 1e-3, size=g.size)
    raise ValueError(kind)


def _net(seed, n, d, hidden, eps, kind, x_scale=1.5, t_scale=1.0):
    rng = np.random.default_rng(seed)
    X = np.clip(rng.normal(0, x_scale, size=(n, d)), -5, 5)
    y = np.clip(rng.normal(0, 1.5, size=n), -5, 5)
    theta = np.clip(rng.normal(0, t_scale, size=hidden * (d + 2) + 1), -2, 2)
    grad = _candidate(kind, X, y, hidden, theta, rng)
    return X, y, hidden, theta, grad, eps


# Sample 2 by hand: one input, one hidden unit, theta = (W1, b1, w2, b2) = (1, 0, 1, 0),
# f = ((tanh(W1 + b1) w2 + b2 - 0.5)^2 + (tanh(-W1 + b1) w2 + b2)^2) / 2.
def _sample2_f(t):
    w1, b1, w2, b2 = t
    return ((math.tanh(w1 + b1) * w2 + b2 - 0.5) ** 2 + (math.tanh(-w1 + b1) * w2 + b2) ** 2) / 2


def _sample2():
    theta = [1.0, 0.0, 1.0, 0.0]
    numeric = []
    for i in range(4):
        up, down = list(theta), list(theta)
        up[i] += 0.5
        down[i] -= 0.5
        numeric.append((_sample2_f(up) - _sample2_f(down)) / 1.0)
    X, y = _f([[1.0], [-1.0]]), _f([0.5, 0.0])
    grad = _true_grad(X, y, 1, _f(theta)) / 2
    gap = math.sqrt(sum((a - b) ** 2 for a, b in zip(numeric, grad)))
    scale = math.sqrt(sum(a * a for a in numeric)) + math.sqrt(sum(b * b for b in grad))
    return (X, y, 1, _f(theta), grad, 0.5), {"numeric": _f(numeric), "relative_error": gap / scale}


_S2_ARGS, _S2_EXPECTED = _sample2()

SAMPLES = [
    Case((_f([[2.0]]), _f([0.0]), 1, _f([0.0, 0.0, 0.0, 1.0]), _f([0.0, 0.0, 0.0, 2.0]), 0.25),
         expected={"numeric": _f([0.0, 0.0, 0.0, 2.0]), "relative_error": 0.0},
         note="w2 = 0 and tanh(0) = 0, so only b2 moves the loss: "
              "(1.25² − 0.75²) / (2·0.25) = 2, which the candidate matches (relative error 0)"),
    Case(_S2_ARGS, expected=_S2_EXPECTED,
         note="the candidate is half the true gradient (the 2 of the square was dropped): "
              "the relative error is about 1/3"),
]

_ZERO_X = _f([[1.0, -2.0], [0.5, 3.0], [-1.0, 0.0]])
_ZERO_THETA = np.zeros(2 * (2 + 2) + 1)

HIDDEN = [
    Case((_ZERO_X, _f([0.0, 0.0, 0.0]), 2, _ZERO_THETA, np.zeros(9), 1e-3),
         note="theta = 0, y = 0: every difference is exactly 0 and so is the candidate: "
              "0 / max(0, 1e-12) = 0"),
    Case((_ZERO_X, _f([0.0, 0.0, 0.0]), 2, _ZERO_THETA, _f([0.0] * 8 + [1e-13]), 1e-3),
         note="numeric gradient exactly 0, candidate norm 1e-13: 1e-13 / max(1e-13, 1e-12) = 0.1"),
    Case((_ZERO_X, _f([0.0, 0.0, 0.0]), 2, _ZERO_THETA, _f([0.0] * 8 + [3.0]), 1e-3),
         note="numeric gradient exactly 0, candidate nonzero: relative error 1"),
    Case(_net(1, 1, 1, 1, 1e-3, "right"), note="n = d = hidden = 1, right candidate"),
    Case(_net(2, 1, 3, 1, 1e-2, "sign_b1"), note="one row, one hidden unit, b1 sign bug"),
    Case(_net(3, 5, 1, 4, 0.1, "right"), note="large eps = 0.1: forward differences are far off"),
    Case(_net(4, 6, 3, 3, 0.05, "transposed"), note="square-ish W1 packed column-major"),
    Case(_net(5, 8, 2, 5, 1e-2, "half"), note="candidate missing the factor 2"),
    Case(_net(6, 10, 4, 2, 1e-3, "sum"), note="candidate summed over rows"),
    Case(_net(7, 7, 2, 3, 0.3, "no_bias_out"), note="candidate forgot db2; eps = 0.3"),
    Case(_net(8, 20, 3, 4, 1e-4, "noise"), note="candidate off by noise of 1e-3"),
    Case(_net(9, 12, 3, 3, 0.5, "right", x_scale=3.0, t_scale=2.0),
         note="largest eps 0.5, saturated tanh units"),
    Case(_net(10, 300, 8, 8, 1e-6, "right"), note="largest, smallest eps, right candidate"),
    Case(_net(11, 300, 8, 8, 1e-3, "transposed", x_scale=3.0), note="largest, transposed dW1"),
    Case(_net(12, 300, 8, 8, 0.2, "right", t_scale=1.5), note="largest, eps 0.2"),
]

_KINDS = ["right", "right", "half", "sum", "transposed", "no_bias_out", "sign_b1", "noise"]
_EPS = [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.05, 0.1, 0.25, 0.5]


def generate(rng):
    n = rng.randint(1, 300)
    d = rng.randint(1, 8)
    hidden = rng.randint(1, 8)
    return _net(rng.randint(0, 10**6), n, d, hidden, rng.choice(_EPS), rng.choice(_KINDS),
                x_scale=rng.choice([0.5, 1.5, 3.0]), t_scale=rng.choice([0.5, 1.0, 2.0]))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 4))
    d = draw(st.integers(1, 3))
    hidden = draw(st.integers(1, 3))
    value = st.integers(-8, 8).map(lambda v: v / 4)
    X = _f(draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n)))
    y = _f(draw(st.lists(value, min_size=n, max_size=n)))
    p = hidden * (d + 2) + 1
    theta = _f(draw(st.lists(value, min_size=p, max_size=p)))
    kind = draw(st.sampled_from(_KINDS[:-1] + ["zero"]))
    grad = np.zeros(p) if kind == "zero" else _candidate(kind, X, y, hidden, theta, None)
    eps = draw(st.sampled_from(_EPS))
    return X, y, hidden, theta, grad, eps


def arguments():
    return _small()


def invariant(args, result):
    X, y, hidden, theta, grad, eps = args
    numeric = np.asarray(result["numeric"], dtype=float)
    if numeric.shape != theta.shape:
        return f"numeric has shape {numeric.shape}, theta has shape {theta.shape}"
    rel = result["relative_error"]
    if not (0.0 <= rel <= 1.0 + 1e-12):
        return f"relative_error = {rel} is outside [0, 1] (the triangle inequality bounds it)"
    return None
