import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


# Sample 1 by hand: feature 0 is [1, 2, 3, 6]: mean 3, deviations [-2, -1, 0, 3], biased
# variance 14 / 4 = 3.5, sqrt(3.5 + 0.5) = 2, so x_hat = [-1, -0.5, 0, 1.5] and
# y = 2 x_hat + 1. Feature 1 is constant: x_hat = 0 and y = beta = -1. Running stats with
# momentum 0.25: mean 0.75 [1, 1] + 0.25 [3, 0]; variance 0.75 [2, 0.5] + 0.25 [14 / 3, 0].
SAMPLES = [
    Case((_f([[1, 0], [2, 0], [3, 0], [6, 0]]), _f([2, 3]), _f([1, -1]), _f([1, 1]),
          _f([2, 0.5]), 0.25, 0.5, True),
         expected=(_e([[-1, -1], [0, -1], [1, -1], [4, -1]]), _e([1.5, 0.75]),
                   _e([2 + 2 / 3, 0.375])),
         note="training: normalise with the batch mean 3 and biased variance 3.5 "
              "(√(3.5 + 0.5) = 2); the running variance takes the unbiased 14/3"),
    Case((_f([[3, 2]]), _f([2, 3]), _f([1, -1]), _f([1, 1]), _f([3.5, 0.5]), 0.25, 0.5, False),
         expected=(_e([[3, 2]]), _e([1, 1]), _e([3.5, 0.5])),
         note="evaluation: (3 − 1)/√(3.5 + 0.5) = 1 and (2 − 1)/√(0.5 + 0.5) = 1; the "
              "running stats come back unchanged"),
]


def _random(seed: int, n: int, c: int, training: bool, momentum: float = 0.1,
            eps: float = 1e-5) -> tuple:
    rng = np.random.default_rng(seed)
    centre = rng.uniform(-5, 5, size=c)
    spread = np.exp(rng.uniform(np.log(0.05), np.log(4), size=c))
    x = np.clip(centre + spread * rng.normal(0, 1, size=(n, c)), -10, 10).astype(np.float32)
    gamma = rng.uniform(-2, 2, size=c).astype(np.float32)
    beta = rng.uniform(-2, 2, size=c).astype(np.float32)
    running_mean = rng.uniform(-5, 5, size=c).astype(np.float32)
    running_var = rng.uniform(0, 10, size=c).astype(np.float32)
    return x, gamma, beta, running_mean, running_var, momentum, eps, training


def _tiny_spread(seed: int, n: int, training: bool) -> tuple:
    """Features whose standard deviation is 1e-4 .. 1e-2: comparable to sqrt(eps)."""
    rng = np.random.default_rng(seed)
    spreads = np.array([1e-4, 3e-4, 1e-3, 3e-3, 1e-2])
    x = (0.5 + spreads * rng.normal(0, 1, size=(n, 5))).astype(np.float32)
    c = 5
    return (x, _f([1, -1, 2, 0.5, 1.5]), _f([0, 0.1, -0.2, 0.3, 0]),
            np.full(c, 0.5, dtype=np.float32), (spreads ** 2).astype(np.float32), 0.1, 1e-5,
            training)


HIDDEN = [
    Case((_f([[1.5, -2], [4, 6]]), _f([1, 1]), _f([0, 0]), _f([0, 0]), _f([1, 1]), 0.1, 1e-5,
          True),
         note="two examples: x_hat = ±1 with the biased variance (±0.707 with the unbiased)"),
    Case((_f([[0.7, -3]]), _f([1.5, 2]), _f([0.25, -1]), _f([0.5, -2]), _f([0.25, 4]), 0.1,
          1e-5, False),
         note="one example in evaluation mode"),
    Case((_f([[0.1, 2], [0.1, 4], [0.1, 9]]), _f([3, 1]), _f([0.5, 0]), _f([1, 2]), _f([2, 3]),
          0.3, 1e-5, True),
         note="a constant feature of 0.1: its output is beta, its running variance shrinks"),
    Case((_f([[1, 2], [3, 5], [-4, 0]]), _f([1, 2]), _f([0, 1]), _f([7, -7]), _f([3, 9]), 0.0,
          1e-5, True),
         note="momentum 0: the running stats do not move"),
    Case((_f([[1, 2], [3, 5], [-4, 0]]), _f([1, 2]), _f([0, 1]), _f([7, -7]), _f([3, 9]), 1.0,
          1e-5, True),
         note="momentum 1: the running stats become the batch's"),
    Case((_f([[2, -1, 0], [4, 1, 0], [9, 0, 0]]), _f([0, -1, 2]), _f([1, 2, 3]),
          _f([1, 1, 1]), _f([0, 4, 0]), 0.1, 1e-3, False),
         note="evaluation with a zero running variance: √eps divides; gamma 0 and negative"),
    Case((_f([[2, 3], [4, -3], [6, 0], [8, 1]]), _f([1, 1]), _f([0, 0]), _f([5, 0]),
          _f([5, 2]), 0.01, 0.1, True),
         note="a large eps (0.1) and a small momentum"),
    Case(_tiny_spread(1, 16, True), note="standard deviations 1e-4 .. 1e-2, near √eps"),
    Case(_tiny_spread(2, 16, False), note="tiny spreads in evaluation mode"),
    Case(_random(3, 5, 4, True, 0.1, 1e-5), note="random, training"),
    Case(_random(4, 5, 4, False, 0.1, 1e-5), note="random, evaluation"),
    Case(_random(5, 64, 16, True, 0.3, 1e-3), note="momentum 0.3, eps 1e-3"),
    Case(_random(6, 4096, 256, True), note="largest, training"),
    Case(_random(7, 4096, 256, False), note="largest, evaluation"),
]


def generate(rng):
    training = rng.random() < 0.6
    n = rng.randint(2 if training else 1, 30)
    c = rng.randint(1, 8)
    momentum = rng.choice([0.0, 0.01, 0.1, 0.2, 0.9, 1.0])
    eps = rng.choice([1e-5, 1e-3, 0.1])
    return _random(rng.randint(0, 10**6), n, c, training, momentum, eps)


@st.composite
def _small(draw):
    training = draw(st.booleans())
    n = draw(st.integers(2 if training else 1, 6))
    c = draw(st.integers(1, 3))
    value = st.integers(-40, 40).map(lambda v: v / 4)

    def array(*shape, values=value):
        size = int(np.prod(shape))
        return _f(draw(st.lists(values, min_size=size, max_size=size))).reshape(shape)

    x = array(n, c)
    gamma, beta, running_mean = array(c), array(c), array(c)
    running_var = array(c, values=st.integers(0, 40).map(lambda v: v / 4))
    momentum = draw(st.sampled_from([0.0, 0.1, 0.25, 0.9, 1.0]))
    eps = draw(st.sampled_from([1e-5, 1e-3, 0.5]))
    return x, gamma, beta, running_mean, running_var, momentum, eps, training


def arguments():
    return _small()


def invariant(args, result):
    """In training mode the normalised batch has mean 0, so every feature of y averages to
    beta; in evaluation mode the running stats come back unchanged."""
    x, gamma, beta, running_mean, running_var, _, _, training = args
    y, new_mean, new_var = (np.asarray(r, dtype=np.float64) for r in result)
    if training:
        gap = np.abs(y.mean(axis=0) - beta)
        if np.any(gap > 1e-3 + 1e-3 * np.abs(gamma)):
            j = int(np.argmax(gap))
            return f"feature {j}: the training-mode outputs average {y[:, j].mean():.6g}, " \
                   f"not beta = {beta[j]:.6g}"
    elif not (np.allclose(new_mean, running_mean) and np.allclose(new_var, running_var)):
        return "evaluation mode must return the running stats unchanged"
    return None
