import numpy as np

from judge.grading.authoring import Case, st


def _f(rows, cols=None) -> np.ndarray:
    a = np.array(rows, dtype=np.float32)
    return a.reshape(0, cols) if cols is not None and a.size == 0 else a


def _e(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


# Sample 1 by hand (a square layer, so a missing transpose keeps the shapes):
# y = x @ W + b = [[1 - 2, 0.5 + 4], [3 + 1, 1.5 - 2]] + [0.5, -1] = [[-0.5, 3.5], [4.5, -1.5]];
# dx = dY @ W.T = [[1, -1], [2 - 0.5, -2 - 2]]; dW = x.T @ dY = [[1 + 6, -3], [2 - 2, 1]];
# db = column sums of dY = [3, -1].
SAMPLES = [
    Case((_f([[1, 2], [3, -1]]), _f([[1, 0.5], [-1, 2]]), _f([0.5, -1]), _f([[1, 0], [2, -1]])),
         expected=(_e([[-0.5, 3.5], [4.5, -1.5]]), _e([[1, -1], [1.5, -4]]),
                   _e([[7, -3], [0, 1]]), _e([3, -1])),
         note="dW = xᵀ·dY adds the two examples' outer products; db = [1 + 2, 0 - 1]"),
    Case((_f([[2, -1, 0.5]]), _f([[1], [2], [-2]]), _f([0.25]), _f([[0.5]])),
         expected=(_e([[-0.75]]), _e([[0.5, 1, -1]]), _e([[1], [-0.5], [0.25]]), _e([0.5])),
         note="one example, three inputs, one output: dx = 0.5·Wᵀ and dW = 0.5·xᵀ"),
]


def _random(seed: int, batch: int, n_in: int, n_out: int, scale: float = 4.0) -> tuple:
    rng = np.random.default_rng(seed)

    def draw(*shape):
        return rng.uniform(-scale, scale, size=shape).astype(np.float32)

    return draw(batch, n_in), draw(n_in, n_out), draw(n_out), draw(batch, n_out)


def _normal(seed: int, batch: int, n_in: int, n_out: int) -> tuple:
    """Realistic magnitudes: unit inputs, weights scaled by 1/sqrt(n_in), small upstream."""
    rng = np.random.default_rng(seed)
    x = np.clip(rng.normal(0, 1, (batch, n_in)), -4, 4).astype(np.float32)
    W = np.clip(rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_out)), -4, 4).astype(np.float32)
    b = rng.normal(0, 0.1, n_out).astype(np.float32)
    dY = np.clip(rng.normal(0, 1, (batch, n_out)), -4, 4).astype(np.float32)
    return x, W, b, dY


HIDDEN = [
    Case((_f([], 3), _f([[1, 2], [0, -1], [0.5, 0.5]]), _f([1, -1]), _f([], 2)),
         note="an empty batch: dW and db are zeros"),
    Case((_f([[3]]), _f([[-2]]), _f([0.5]), _f([[1.5]])), note="every dimension is 1"),
    Case((_f([[1, 2, 3]] * 4), _f([[0.1], [0.2], [0.3]]), _f([0.1]), _f([[1], [1], [1], [1]])),
         note="four identical examples: db = 4, not the mean 1"),
    Case((_f([[0.1, 0.2], [0.3, 0.7], [-0.1, 0.9]]), _f([[0.3, -0.7], [0.6, 0.1]]),
          _f([0.1, 0.2]), _f([[0.1, -0.2], [0.3, 0.1], [-0.7, 0.4]])),
         note="tenths (not exact in binary), a square layer"),
    Case((_f([[4, -4, 4], [-4, 4, 4]]), _f([[4, -4, 4], [-4, -4, 4], [4, 4, -4]]), _f([4, -4, 4]),
          _f([[-4, 4, 4], [4, 4, -4]])),
         note="every value at the limit ±4"),
    Case((_f([[1, 2], [3, 4], [5, 6]]), _f([[1, -1, 2], [0, 3, 1]]), _f([0, 0, 0]),
          _f([[0, 0, 0]] * 3)),
         note="a zero upstream gradient: every gradient is 0, y is not"),
    Case(_random(1, 7, 5, 5), note="random, square weights"),
    Case(_random(2, 5, 3, 8), note="random, batch 5 with n_in = 3, n_out = 8"),
    Case(_normal(3, 64, 32, 10), note="realistic magnitudes"),
    Case(_random(4, 2048, 256, 256), note="largest, every value up to ±4"),
    Case(_normal(5, 2048, 256, 128), note="largest batch, realistic magnitudes"),
]


def generate(rng):
    batch, n_in, n_out = rng.randint(1, 40), rng.randint(1, 12), rng.randint(1, 12)
    seed = rng.randint(0, 10**6)
    return _random(seed, batch, n_in, n_out) if rng.random() < 0.5 else \
        _normal(seed, batch, n_in, n_out)


@st.composite
def _small(draw):
    batch, n_in, n_out = draw(st.integers(0, 4)), draw(st.integers(1, 4)), draw(st.integers(1, 4))
    value = st.integers(-16, 16).map(lambda v: v / 4)

    def matrix(r, c):
        rows = draw(st.lists(st.lists(value, min_size=c, max_size=c), min_size=r, max_size=r))
        return _f(rows, c)

    return matrix(batch, n_in), matrix(n_in, n_out), matrix(1, n_out)[0], matrix(batch, n_out)


def arguments():
    return _small()


def invariant(args, result):
    """The adjoint identities of a linear map: <dY, y> = <dx, x> + <db, b> and
    <dx, x> = <dW, W>, up to float32 rounding."""
    x, W, b, dY = (np.asarray(a, dtype=np.float64) for a in args)
    y, dx, dW, db = (np.asarray(r, dtype=np.float64) for r in result)
    outer = float((dY * y).sum())
    inner = float((dx * x).sum())
    weights = float((dW * W).sum())
    bias = float((db * b).sum())
    scale = float(np.abs(dY).sum(axis=0) @ (np.abs(x).sum(axis=0) @ np.abs(W) + np.abs(b)))
    tol = 1e-3 + 1e-4 * scale
    if abs(outer - inner - bias) > tol:
        return f"sum(dY * y) = {outer:.6g} but sum(dx * x) + sum(db * b) = {inner + bias:.6g}"
    if abs(inner - weights) > tol:
        return f"sum(dx * x) = {inner:.6g} but sum(dW * W) = {weights:.6g}"
    return None
