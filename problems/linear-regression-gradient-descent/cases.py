import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


SAMPLES = [
    Case((_f([[1], [2]]), _f([2, 4]), 0.1, 2),
         expected=(_f([1.32]), 0.78),
         note="step 1 gives w = 1.0, b = 0.6; step 2 gives w = 1.32, b = 0.78"),
    Case((_f([[1, 0], [0, 2], [1, 1]]), _f([3, -2, 1]), 0.05, 1),
         expected=(_f([2 / 15, -0.1]), 1 / 15),
         note="one step from zero: w = lr * (2/n) * X.T @ y, b = lr * 2 * mean(y)"),
    Case((_f([[0], [1], [2], [3]]), _f([1, 3, 5, 7]), 0.1, 2000),
         expected=(_f([2.0]), 1.0),
         note="enough iterations to reach the exact fit y = 2x + 1"),
]


def _step(X: np.ndarray, fraction: float) -> float:
    """A learning rate of `fraction` / (largest eigenvalue of the loss Hessian), rounded."""
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    top = np.linalg.eigvalsh(2.0 / X.shape[0] * A.T @ A)[-1]
    return float(f"{fraction / top:.3g}")


def _random(seed: int, n: int, d: int, scale: float, fraction: float, n_iters: int,
            offset: float = 0.0) -> tuple:
    rng = np.random.default_rng(seed)
    X = np.round(rng.uniform(-scale, scale, size=(n, d)) + offset, 2)
    w = rng.uniform(-3, 3, size=d)
    y = np.clip(np.round(X @ w + rng.uniform(-5, 5) + rng.normal(0, 1, size=n), 3), -100, 100)
    return X, y, _step(X, fraction), n_iters


HIDDEN = [
    Case((_f([[2.0, -1.0]]), _f([3.0]), 0.1, 0), note="zero iterations: all zeros"),
    Case((_f([[4.0]]), _f([10.0]), 0.05, 50), note="one sample, one feature"),
    Case((_f([[0.0], [0.0], [0.0]]), _f([1.0, 2.0, 6.0]), 0.25, 30),
         note="an all-zero feature: only b moves"),
    Case((_f([[3.0, 1.0], [3.0, 2.0], [3.0, 4.0]]), _f([1.0, 0.0, -2.0]), 0.02, 300),
         note="a constant feature"),
    Case((_f([[1.0], [-1.0]]), _f([5.0, 5.0]), 0.5, 1),
         note="a learning rate that solves it in one step"),
    Case((_f([[1.0], [2.0], [3.0]]), _f([1.0, 2.0, 3.0]), 0.01, 5), note="a few small steps"),
    Case(_random(1, 50, 1, 10.0, 1.0, 3000), note="one feature, converged"),
    Case(_random(2, 200, 4, 5.0, 1.8, 500), note="a bold step size"),
    Case(_random(3, 300, 3, 2.0, 0.5, 200, offset=20.0), note="features far from 0: slow"),
    Case(_random(4, 10000, 10, 100.0, 1.0, 5000), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 60)
    d = rng.randint(1, 5)
    X = _f([[rng.randint(-20, 20) / 4 for _ in range(d)] for _ in range(n)])
    y = _f([rng.randint(-100, 100) / 4 for _ in range(n)])
    return X, y, _step(X, rng.choice([0.3, 1.0, 1.5])), rng.randint(0, 400)


@st.composite
def _well_conditioned(draw):
    d = draw(st.integers(1, 3))
    n = draw(st.integers(d + 3, 12))
    value = st.integers(-4, 4)
    X = _f(draw(st.lists(st.lists(value, min_size=d, max_size=d), min_size=n, max_size=n)))
    y = _f(draw(st.lists(st.integers(-9, 9), min_size=n, max_size=n)))
    return X, y, _step(X, 1.0), 800


def _conditioned(args) -> bool:
    X = args[0]
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    eig = np.linalg.eigvalsh(A.T @ A)
    return eig[0] > 0.05 * eig[-1]


def arguments():
    return _well_conditioned().filter(_conditioned)


def invariant(args, result):
    """Where the iteration provably converged, the result is the least-squares solution."""
    X, y, learning_rate, n_iters = args
    w, b = result
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    eig = np.linalg.eigvalsh(2.0 / X.shape[0] * A.T @ A)
    rho = max(abs(1 - learning_rate * eig[0]), abs(1 - learning_rate * eig[-1]))
    best = np.linalg.lstsq(A, y, rcond=None)[0]
    if rho >= 1 or rho ** n_iters * (1 + np.abs(best).sum()) > 1e-10:
        return None
    got = np.append(np.asarray(w, dtype=float), float(b))
    if np.abs(got - best).max() > 1e-6 * (1 + np.abs(best).max()):
        return "after this many iterations gradient descent must reach the least-squares fit"
    return None
