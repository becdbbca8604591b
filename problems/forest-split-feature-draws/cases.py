import numpy as np

from judge.grading.authoring import Case, st


def _a(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


SAMPLES = [
    Case((9, 2, 2, "sqrt", 7),
         expected=_a([[[6, 5, 8], [6, 2, 5]], [[6, 8, 1], [1, 7, 5]]]),
         note="max_features = floor(√9) = 3; four draws from one generator, tree 0's two "
              "nodes first; each row stays in draw order (6, 5, 8 is not sorted)"),
    Case((5, 1, 3, "log2", 2026),
         expected=_a([[[0, 3], [1, 2], [0, 1]]]),
         note="floor(log2 5) = 2 features at each of the 3 nodes of the single tree"),
    Case((6, 2, 1, 6, 1),
         expected=_a([[[1, 2, 5, 3, 4, 0]], [[1, 4, 0, 5, 3, 2]]]),
         note="max_features = d: every node gets a permutation of all features"),
]

HIDDEN = [
    Case((1, 3, 2, "sqrt", 5), note="d = 1, sqrt: one feature, always 0"),
    Case((1, 2, 2, "log2", 5), note="d = 1, log2: floor(log2 1) = 0, raised to 1"),
    Case((1, 1, 1, 1, 0), note="smallest everything"),
    Case((2, 3, 4, "log2", 11), note="d = 2, log2 gives 1"),
    Case((3, 3, 4, "log2", 12), note="d = 3, log2 gives 1 (1.58 floored)"),
    Case((3, 3, 4, "sqrt", 13), note="d = 3, sqrt gives 1 (1.73 floored, not rounded to 2)"),
    Case((8, 4, 3, "sqrt", 14), note="d = 8, sqrt 2.83 floors to 2 (ceil and round give 3)"),
    Case((15, 4, 5, "sqrt", 15), note="d = 15: sqrt 3.87 floors to 3"),
    Case((16, 4, 5, "sqrt", 16), note="perfect square: sqrt 16 = 4"),
    Case((16, 4, 5, "log2", 17), note="power of two: log2 16 = 4"),
    Case((17, 4, 5, "log2", 18), note="d = 17: log2 4.09 floors to 4"),
    Case((1023, 5, 6, "log2", 19), note="d = 1023: log2 9.999 floors to 9"),
    Case((1024, 5, 6, "log2", 20), note="d = 1024: exactly 10"),
    Case((7, 2, 3, 7, 21), note="max_features = d: permutations, replace=True shows repeats"),
    Case((4, 5, 0, "sqrt", 22), note="trees without split nodes: shape (5, 0, 2)"),
    Case((12, 1, 6, 2, 23), note="a single tree"),
    Case((30, 6, 1, 4, 24), note="one split node per tree"),
    Case((50, 3, 4, "sqrt", 0), note="seed 0"),
    Case((50, 3, 4, "sqrt", 2**32 - 1), note="largest seed"),
    Case((10000, 100, 200, "sqrt", 25), note="largest: 20000 draws of 100 features"),
    Case((10000, 100, 200, "log2", 26), note="largest d, log2 gives 13"),
    Case((400, 10, 200, 400, 27), note="max_features = d = 400 over 2000 nodes"),
]


def generate(rng):
    d = rng.choice([rng.randint(1, 20), rng.randint(1, 500), rng.randint(1, 10000)])
    mode = rng.choice(["sqrt", "log2", "int"])
    m = rng.randint(1, min(d, 100)) if mode == "int" else mode
    return (d, rng.randint(1, 30), rng.randint(0, 30), m, rng.randint(0, 2**32 - 1))


@st.composite
def _small(draw):
    d = draw(st.integers(1, 40))
    mode = draw(st.sampled_from(["sqrt", "log2", "int"]))
    m = draw(st.integers(1, d)) if mode == "int" else mode
    return (d, draw(st.integers(1, 4)), draw(st.integers(0, 4)), m,
            draw(st.integers(0, 2**32 - 1)))


def arguments():
    return _small()


def invariant(args, result):
    d, n_trees, n_nodes, max_features, seed = args
    out = np.asarray(result)
    if out.dtype.kind not in "iu":
        return f"expected an integer array, got dtype {out.dtype}"
    if out.ndim != 3 or out.shape[:2] != (n_trees, n_nodes):
        return f"shape {out.shape} does not start with ({n_trees}, {n_nodes})"
    for row in out.reshape(-1, out.shape[2]):
        if len(set(row.tolist())) != len(row) or row.min() < 0 or row.max() >= d:
            return f"row {row.tolist()} is not distinct feature indices in 0 .. {d - 1}"
    return None
