import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


# Sample 1 by hand: mean 2, var 4, sqrt(4 + 2.25) = 2.5, xhat = [-0.8, 0.8],
# y = [2·(-0.8) + 0.5, -1·0.8 + 0.5] = [-1.1, -0.3]; dxhat = dy·gamma = [2, -1] (mean 0.5),
# mean(dxhat·xhat) = mean([-1.6, -0.8]) = -1.2,
# dx = (1/2.5)·([2, -1] - 0.5 - (-1.2)·[-0.8, 0.8]) = 0.4·[0.54, -0.54] = [0.216, -0.216];
# dgamma = dy·xhat = [-0.8, 0.8], dbeta = [1, 1].
# Sample 2 by hand: row 0 has mean 2, var 2/3, xhat = √1.5·[-1, 0, 1];
# dxhat = [0, 0, 1], dx = √1.5·([0, 0, 1] - 1/3 - xhat·√1.5/3) = √1.5·[1/6, -1/3, 1/6].
# Row 1 is constant: xhat = 0, y = beta, and with eps = 1e-12 the factor 1/sqrt(eps) = 1e6
# multiplies dy - mean(dy) = [-1, 0, 1].
_R = np.sqrt(1.5)
SAMPLES = [
    Case((_f([[0.0, 4.0]]), _f([2.0, -1.0]), _f([0.5, 0.5]), _f([[1.0, 1.0]]), 2.25),
         expected=(_f([[-1.1, -0.3]]), _f([[0.216, -0.216]]), _f([-0.8, 0.8]), _f([1.0, 1.0])),
         note="eps = 2.25 makes sqrt(var + eps) = 2.5 exactly; dx keeps the mean and variance terms"),
    Case((_f([[1.0, 2.0, 3.0], [5.0, 5.0, 5.0]]), _f([1.0, 1.0, 1.0]), _f([0.0, 0.5, -1.0]),
          _f([[0.0, 0.0, 1.0], [1.0, 2.0, 3.0]]), 1e-12),
         expected=(_f([[-_R, 0.5, _R - 1.0], [0.0, 0.5, -1.0]]),
                   _f([[_R / 6, -_R / 3, _R / 6], [-1e6, 0.0, 1e6]]),
                   _f([0.0, 0.0, _R]), _f([1.0, 2.0, 4.0])),
         note="a constant row gives y = beta, but its dx is (dy − mean(dy))·gamma/√eps: huge for a tiny eps"),
]


def _random(seed: int, n: int, D: int, eps: float, x_scale: float = 1.0,
            offset: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    x = offset + x_scale * rng.normal(0, 1, (n, D)) + rng.normal(0, x_scale, (n, 1))
    x = np.clip(x, -1e4, 1e4)
    gamma = rng.uniform(-2, 2, D)
    beta = rng.uniform(-1, 1, D)
    dy = np.clip(rng.normal(0, 1, (n, D)), -10, 10)
    return x, gamma, beta, dy, eps


def _integers(seed: int, n: int, D: int, eps: float) -> tuple:
    rng = np.random.default_rng(seed)
    x = rng.integers(-3, 4, (n, D)).astype(float)
    x[rng.random(n) < 0.3] = 2.0  # some constant rows
    gamma = rng.integers(-2, 3, D).astype(float)
    beta = rng.integers(-2, 3, D).astype(float)
    dy = rng.integers(-3, 4, (n, D)).astype(float)
    return x, gamma, beta, dy, eps


_ones3 = _f([1.0, 1.0, 1.0])
_zeros3 = _f([0.0, 0.0, 0.0])

HIDDEN = [
    Case((_f([[3.0], [-7.5]]), _f([2.0]), _f([0.25]), _f([[1.5], [-4.0]]), 1e-5),
         note="D = 1: xhat = 0, y = beta, dx = 0, dgamma = 0"),
    Case((_f([[1.0, -2.0, 0.5, 4.0]]), _f([1.0, 2.0, -1.0, 0.5]), _f([0.0, 0.1, 0.2, 0.3]),
          _f([[0.3, -0.2, 0.9, 0.1]]), 1e-5),
         note="a single row: batch statistics would make every xhat 0"),
    Case((_f([[0.1, 0.1, 0.1], [0.7, 0.7, 0.7]]), _f([1.5, -2.0, 0.5]), _f([0.1, 0.2, 0.3]),
          _f([[1.0, -1.0, 0.5], [0.2, 0.3, -0.5]]), 1e-12),
         note="constant rows of tenths (the mean rounds), eps 1e-12"),
    Case((_f([[1e4 + 1e-3, 1e4 - 2e-3, 1e4 + 1e-3, 1e4],
              [-1e4, -1e4 + 5e-3, -1e4 - 5e-3, -1e4 + 1e-3]]),
          _f([1.0, -1.0, 2.0, 0.5]), _f([0.0, 0.0, 1.0, -1.0]),
          _f([[0.5, -1.0, 2.0, 0.3], [-0.7, 0.1, 0.4, 1.0]]), 1e-9),
         note="tiny spread around ±10⁴: mean(x²) − mean² cancels every digit"),
    Case(_random(1, 8, 16, 1e-12, 1e-3, 1e4), note="near-constant rows at 10⁴, random"),
    Case(_random(2, 6, 5, 1.0), note="eps = 1: sqrt(var) + eps is far from sqrt(var + eps)"),
    Case(_random(3, 5, 5, 1e-2), note="square shape n = D, eps 1e-2"),
    Case((_f([[1.0, 2.0, 4.0], [-3.0, 0.0, 3.0]]), _ones3, _zeros3,
          _f([[2.0, 2.0, 2.0], [-1.0, -1.0, -1.0]]), 1e-5),
         note="dy·gamma constant along each row: dx is 0"),
    Case((_f([[1.0, 2.0, 4.0], [-3.0, 0.0, 3.0]]), _f([0.0, 0.0, 0.0]), _f([1.0, 2.0, 3.0]),
          _f([[0.3, -0.1, 0.7], [0.9, 0.2, -0.4]]), 1e-5),
         note="gamma = 0: dx is 0 but dgamma is not"),
    Case((_f([[0.3, -0.7, 0.1, 0.9], [0.2, 0.2, -0.6, 0.1], [0.5, -0.1, 0.3, 0.7]]),
          _f([-1.0, 0.5, -0.25, 2.0]), _f([0.1, -0.1, 0.0, 0.3]),
          _f([[0.1, 0.2, 0.3, 0.4], [-0.4, 0.3, -0.2, 0.1], [0.7, -0.7, 0.1, -0.1]]), 1e-5),
         note="tenths, negative gamma"),
    Case((_f([[1e4, -1e4, 1e4, -1e4], [-1e4, -1e4, 1e4, 1e4]]), _f([10.0, -10.0, 10.0, -10.0]),
          _f([10.0, 10.0, -10.0, -10.0]), _f([[10.0, -10.0, 3.0, 7.0], [-10.0, 10.0, 10.0, 1.0]]),
          1e-12),
         note="every value at its limit"),
    Case(_integers(4, 12, 6, 1e-5), note="integers with constant rows"),
    Case(_random(5, 1, 1, 1e-12), note="n = D = 1"),
    Case(_random(6, 2048, 256, 1e-5, 3.0, 2.0), note="largest, 2048 × 256"),
    Case(_random(7, 512, 1024, 1e-6, 0.01, 100.0), note="largest, 512 × 1024, small spread"),
    Case(_random(8, 1, 1 << 19, 1e-5), note="one row of 2^19 features"),
]


def generate(rng):
    n = rng.randint(1, 8)
    D = rng.randint(1, 8)
    eps = rng.choice([1e-12, 1e-9, 1e-5, 1e-3, 0.1, 1.0])
    seed = rng.randint(0, 10**6)
    if rng.random() < 0.4:
        return _integers(seed, n, D, eps)
    scale = rng.choice([1e-3, 0.1, 1.0, 100.0])
    offset = rng.choice([0.0, 5.0, -1e3, 1e4 - 1.0])
    return _random(seed, n, D, eps, scale, offset)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 3))
    D = draw(st.integers(1, 4))
    value = st.integers(-12, 12).map(lambda v: v / 4)

    def matrix(r, c):
        return _f(draw(st.lists(st.lists(value, min_size=c, max_size=c), min_size=r,
                                max_size=r)))

    x, dy = matrix(n, D), matrix(n, D)
    gamma, beta = matrix(1, D)[0], matrix(1, D)[0]
    eps = draw(st.sampled_from([1e-5, 1e-3, 0.1, 1.0]))
    return x, gamma, beta, dy, eps


def arguments():
    return _small()


def _objective(x, gamma, beta, dy, eps):
    mu = x.mean(axis=1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=1, keepdims=True)
    return float((dy * ((x - mu) / np.sqrt(var + eps) * gamma + beta)).sum())


def invariant(args, result):
    """Central finite differences of sum(dy * y) for dx, dgamma and dbeta on small inputs."""
    x, gamma, beta, dy, eps = args
    if x.size > 24 or eps < 1e-5:
        return None
    _, dx, dgamma, dbeta = (np.asarray(r, dtype=float) for r in result)
    params = {"x": x, "gamma": gamma, "beta": beta}
    grads = {"x": dx, "gamma": dgamma, "beta": dbeta}
    step = 1e-6
    for name, value in params.items():
        for index in np.ndindex(value.shape):
            up = {k: v.copy() for k, v in params.items()}
            down = {k: v.copy() for k, v in params.items()}
            up[name][index] += step
            down[name][index] -= step
            numeric = (_objective(**up, dy=dy, eps=eps)
                       - _objective(**down, dy=dy, eps=eps)) / (2 * step)
            if abs(numeric - grads[name][index]) > 1e-4 * max(1.0, abs(numeric)):
                return (f"d{name}{list(index)} = {grads[name][index]:.6g}, but the finite "
                        f"difference of sum(dy * y) is {numeric:.6g}")
    return None
