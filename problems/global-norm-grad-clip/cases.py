import numpy as np

from judge.grading.authoring import Case, st


def _f(values, shape=None) -> np.ndarray:
    a = np.array(values, dtype=np.float32)
    return a.reshape(shape) if shape is not None else a


def _e(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


# Sample 1: total = sqrt(3² + 4² + 0²) = 5 <= 10, nothing changes.
# Sample 2: total = sqrt(1 + 4 + 4 + 0 + 16) = 5 > 2.5, scale = 2.5 / (5 + 1e-6) = 0.49999990000002.
SAMPLES = [
    Case(([_f([3.0, 4.0]), _f([[0.0]])], 10.0),
         expected=([_e([3.0, 4.0]), _e([[0.0]])], 5.0),
         note="total norm 5 is within 10: both arrays come back unchanged"),
    Case(([_f([[1.0, 2.0], [2.0, 0.0]]), _f([4.0])], 2.5),
         expected=([_e([[0.49999990000002, 0.99999980000004], [0.99999980000004, 0.0]]),
                    _e([1.99999960000008])], 5.0),
         note="total = √(1 + 4 + 4 + 16) = 5 > 2.5: both arrays are scaled by 2.5 / (5 + 10⁻⁶)"),
]

_Q = 2.0 ** -12  # 3q, 4q have the exact norm 5q = 0.001220703125


def _model(seed: int, shapes, sd: float, max_norm: float) -> tuple:
    rng = np.random.default_rng(seed)
    grads = [np.clip(rng.normal(0, sd, shape), -1000, 1000).astype(np.float32)
             for shape in shapes]
    for g in grads:
        small = (np.abs(g) < 1e-6)
        g[small] = 0.0
    return grads, max_norm


_NET = [(64, 3, 3, 3), (64,), (128, 64, 3, 3), (128,), (10, 2048), (10,)]
_BIG = [(256, 1024), (1024,), (1024, 512), (512,), (100, 512), (100,), (512, 1, 1, 100)]

HIDDEN = [
    Case(([], 1.0), note="no gradients: ([], 0.0)"),
    Case(([_f([], (0, 3)), _f([], (0,))], 0.5), note="arrays with no values: norm 0"),
    Case(([_f([0.0, 0.0]), _f([[0.0]])], 1e-4), note="all zero, smallest max_norm"),
    Case(([_f([-5.0])], 2.0), note="a single negative value is scaled towards 2, keeping its sign"),
    Case(([_f([3 * _Q]), _f([[4 * _Q]])], 5 * _Q),
         note="total exactly equal to max_norm (0.001220703125): unchanged"),
    Case(([_f([3 * _Q, 4 * _Q])], 5 * _Q + 2.0 ** -21),
         note="total 4.8e-7 below max_norm, closer than the 1e-6: still unchanged"),
    Case(([_f([3 * _Q]), _f([4 * _Q])], 5 * _Q - 2.0 ** -22),
         note="total 2.4e-7 above max_norm: clipped"),
    Case(([_f([1e-4, -2e-4, 3e-4]), _f([[5e-4], [-1e-4]])], 1e-4),
         note="a norm of 6.3e-4: the 1e-6 in the factor changes the result by 0.16%"),
    Case(([_f([0.3, 0.4]), _f([0.6, 0.8]), _f([[0.0, 0.5]])], 1.2),
         note="each array's norm is at most 1 < 1.2, the total 1.22 is not"),
    Case(([_f([3.0]), _f([4.0])], 6.0),
         note="norms 3 and 4: the total is 5 (not 7), so nothing is clipped"),
    Case(([_f([0.5, -0.25, 0.125], (3, 1, 1, 1)), _f([0.75])], 0.5),
         note="every single value is within 0.5 but the total is not"),
    Case(([_f([0.1, 0.2, 0.7]), _f([[0.3], [0.9]])], 0.1), note="tenths"),
    Case(([_f([1000.0] * 4000, (40, 100)), _f([-1000.0] * 60)], 1000.0),
         note="every value 1000: total 6.37e4"),
    Case(([_f([1e-6, -1e-6, 0.0, 1e-6])], 1e-4), note="the smallest values: under max_norm"),
    Case(_model(1, [(1, 1), (1,), (1, 1, 1, 1)], 1.0, 0.5), note="shapes made of 1s"),
    Case(_model(2, _NET, 0.01, 1.0), note="a small convnet's gradients, total around 3"),
    Case(_model(3, _NET, 1e-4, 1.0), note="the same net, gradients well under the cap"),
    Case(_model(4, _BIG, 1.0, 5.0), note="largest: a million values, clipped"),
    Case(_model(5, _BIG, 1e-4, 1000.0), note="largest: a million tiny values, unchanged"),
]


def generate(rng):
    count = rng.randint(0, 6)
    shapes = []
    for _ in range(count):
        dims = rng.randint(1, 4)
        shapes.append(tuple(rng.randint(0, 6) for _ in range(dims)))
    sd = rng.choice([1e-5, 1e-3, 0.1, 1.0, 50.0])
    max_norm = rng.choice([1e-4, 1e-3, 0.1, 1.0, 10.0, 1000.0])
    return _model(rng.randint(0, 10**6), shapes, sd, max_norm)


@st.composite
def _small(draw):
    count = draw(st.integers(0, 4))
    value = st.sampled_from([0.0, 1e-6, -3e-5, 1e-3, -0.25, 0.5, 1.0, -2.0, 3.0, 40.0, -1000.0])
    grads = []
    for _ in range(count):
        shape = tuple(draw(st.lists(st.integers(0, 3), min_size=1, max_size=3)))
        size = int(np.prod(shape))
        grads.append(_f(draw(st.lists(value, min_size=size, max_size=size)), shape))
    max_norm = draw(st.sampled_from([1e-4, 1e-3, 0.5, 1.0, 2.0, 100.0, 1000.0]))
    return grads, max_norm


def arguments():
    return _small()


def invariant(args, result):
    """Shapes kept, and the clipped gradients' norm is at most max_norm."""
    grads, max_norm = args
    clipped, total = result
    if len(clipped) != len(grads):
        return f"expected {len(grads)} arrays, got {len(clipped)}"
    squares = 0.0
    for i, (g, c) in enumerate(zip(grads, clipped)):
        c = np.asarray(c, dtype=np.float64)
        if c.shape != g.shape:
            return f"array {i} has shape {c.shape}, expected {g.shape}"
        squares += float(np.sum(c * c))
    if np.sqrt(squares) > max_norm * (1 + 1e-5):
        return f"the clipped gradients have norm {np.sqrt(squares):.9g} > max_norm {max_norm}"
    return None
