import numpy as np

from judge.grading.authoring import Case, st


def _e(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32)


# Sample values: the float32 conversion of default_rng(0).uniform(-sqrt(1.2), sqrt(1.2), (2, 3))
# and of default_rng(1).normal(0, sqrt(0.5), (4, 2)).
SAMPLES = [
    Case((2, 3, "xavier_uniform", 0),
         expected=_e([[0.3000680208206177, -0.5043720602989197, -1.0056766271591187],
                      [-1.059234857559204, 0.6863406896591187, 0.904302179813385]]),
         note="limit = sqrt(6 / (2 + 3)) ≈ 1.0954; every weight lies in [-1.0954, 1.0954)"),
    Case((4, 2, "he_normal", 1),
         expected=_e([[0.244364932179451, 0.5809717774391174],
                      [0.23365429043769836, -0.9214712977409363],
                      [0.6401832699775696, 0.31563448905944824],
                      [-0.3796832859516144, 0.41091254353523254]]),
         note="std = sqrt(2 / 4) ≈ 0.7071 (fan_out plays no part); shape (fan_in, fan_out) = (4, 2)"),
]

_SCHEMES = ("xavier_uniform", "he_normal")

HIDDEN = [
    Case((1, 1, "xavier_uniform", 0), note="1 × 1: limit sqrt(3)"),
    Case((1, 1, "he_normal", 0), note="1 × 1: std sqrt(2)"),
    Case((1, 4096, "he_normal", 7), note="one input, 4096 outputs: std sqrt(2), not sqrt(2/4096)"),
    Case((4096, 1, "he_normal", 7), note="4096 inputs, one output"),
    Case((1, 4096, "xavier_uniform", 7), note="one input row"),
    Case((4096, 1, "xavier_uniform", 7), note="one output column"),
    Case((3, 5, "he_normal", 2**32 - 1), note="the largest seed"),
    Case((5, 3, "xavier_uniform", 2**32 - 1), note="the largest seed, Xavier"),
    Case((2, 2, "he_normal", 1), note="fan_in = 2: the variance 1 equals the std"),
    Case((8, 8, "xavier_uniform", 3), note="square: limit sqrt(6/16)"),
    Case((784, 128, "he_normal", 42), note="an MNIST-sized first layer"),
    Case((784, 128, "xavier_uniform", 42), note="an MNIST-sized first layer, Xavier"),
    Case((10, 300, "he_normal", 5), note="few inputs, many outputs"),
    Case((1024, 1024, "xavier_uniform", 11), note="largest, square"),
    Case((256, 4096, "he_normal", 12), note="largest, wide"),
    Case((4096, 256, "xavier_uniform", 13), note="largest, tall"),
    Case((4096, 256, "he_normal", 14), note="largest, tall, He"),
]


def generate(rng):
    return (rng.randint(1, 300), rng.randint(1, 300), rng.choice(_SCHEMES), rng.randint(0, 2**32 - 1))


def arguments():
    return st.tuples(st.integers(1, 9), st.integers(1, 9), st.sampled_from(_SCHEMES),
                     st.integers(0, 2**32 - 1))


def invariant(args, result):
    """A float32 (fan_in, fan_out) matrix; Xavier weights never leave [-limit, limit]."""
    fan_in, fan_out, scheme, _seed = args
    if not isinstance(result, np.ndarray) or result.dtype != np.float32:
        return f"expected a float32 numpy array, got {getattr(result, 'dtype', type(result).__name__)}"
    if result.shape != (fan_in, fan_out):
        return f"shape {result.shape}, expected {(fan_in, fan_out)}"
    if scheme == "xavier_uniform":
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        if result.size and float(np.abs(result).max()) > limit * (1 + 1e-6):
            return f"a Xavier weight exceeds the limit {limit:.6g}"
    return None
