import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((_f([[0.0, 0.0]]), _i([1])), expected=(math.log(2), _f([[0.5, -0.5]])),
         note="equal logits: p = [0.5, 0.5], loss = ln 2"),
    Case((_f([[math.log(3), 0.0], [0.0, 0.0]]), _i([0, 0])),
         expected=((-math.log(0.75) + math.log(2)) / 2, _f([[-0.125, 0.125], [-0.25, 0.25]])),
         note="p = [0.75, 0.25] and [0.5, 0.5]; every gradient row is divided by n = 2"),
]


def _random(seed: int, n: int, c: int, scale: float) -> tuple:
    rng = np.random.default_rng(seed)
    return rng.normal(0, scale, size=(n, c)), rng.integers(0, c, size=n).astype(np.int64)


HIDDEN = [
    Case((_f([[3.5], [-2.0]]), _i([0, 0])), note="a single class"),
    Case((_f([[1000.0, -1000.0, 0.0], [-1000.0, 1000.0, 999.0]]), _i([1, 2])),
         note="huge logits: naive exp overflows"),
    Case((_f([[-1000.0, -999.0], [-1000.0, -1000.0]]), _i([0, 1])),
         note="very negative logits: naive exp underflows to 0"),
    Case((_f([[1000.0, 999.9], [-1000.0, -999.3], [0.1, -0.2]]), _i([0, 1, 1])),
         note="rows at very different levels: shifting by the largest logit of the whole array "
              "underflows the second row to 0"),
    Case((_f([[5.0, 5.0, 5.0, 5.0]] * 3), _i([0, 1, 3])), note="all logits equal"),
    Case((_f([[0.0, 40.0]]), _i([0])), note="confidently wrong"),
    Case((_f([[2.0, -1.0, 0.5]]), _i([0])), note="a single row"),
    Case(_random(1, 40, 5, 3.0), note="random"),
    Case(_random(2, 4000, 50, 200.0), note="largest, large spread"),
]


def generate(rng):
    n = rng.randint(1, 30)
    c = rng.randint(1, 8)
    scale = rng.choice([0.5, 5.0, 300.0])
    logits = _f([[rng.uniform(-scale, scale) for _ in range(c)] for _ in range(n)])
    return logits, _i([rng.randint(0, c - 1) for _ in range(n)])


@st.composite
def _small(draw):
    n = draw(st.integers(1, 5))
    c = draw(st.integers(1, 5))
    value = st.integers(-40, 40).map(lambda v: v / 8)
    logits = draw(st.lists(st.lists(value, min_size=c, max_size=c), min_size=n, max_size=n))
    labels = draw(st.lists(st.integers(0, c - 1), min_size=n, max_size=n))
    return _f(logits), _i(labels)


def arguments():
    return _small()


def _loss(z: np.ndarray, labels: np.ndarray) -> float:
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(len(labels)), labels].mean())


def invariant(args, result):
    logits, labels = args
    loss, grad = result
    grad = np.asarray(grad, dtype=float)
    if not np.allclose(grad.sum(axis=1), 0.0, atol=1e-9):
        return "each row of the gradient must sum to 0"
    if not math.isfinite(loss) or loss < -1e-12:
        return "the loss must be finite and non-negative"
    if logits.size <= 50:
        h = 1e-6
        for index in np.ndindex(logits.shape):
            up, down = logits.copy(), logits.copy()
            up[index] += h
            down[index] -= h
            numeric = (_loss(up, labels) - _loss(down, labels)) / (2 * h)
            if abs(numeric - grad[index]) > 1e-5:
                return (f"grad{list(index)} = {grad[index]} does not match the finite "
                        f"difference {numeric}")
    return None
