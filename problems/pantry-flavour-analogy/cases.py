import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float32)


def _sims(vectors: np.ndarray, ia: int, ib: int, ic: int) -> np.ndarray:
    V = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(V, axis=1)
    U = V / np.where(norms > 0, norms, 1.0)[:, None]
    t = U[ib] - U[ia] + U[ic]
    tn = np.linalg.norm(t)
    return (U @ t) / tn if tn > 0 else np.zeros(len(V)), tn


def _ok(args: tuple) -> bool:
    """The statement's promises: the target is zero or has norm >= 0.01, and the cosines
    that decide the answer are (numerically) equal or more than 1e-6 apart."""
    words, vectors, a, b, c, k = args
    index = {w: i for i, w in enumerate(words)}
    ia, ib, ic = index[a], index[b], index[c]
    sims, tn = _sims(vectors, ia, ib, ic)
    if 0 < tn < 1e-2:
        return False
    rest = np.sort(np.delete(sims, sorted({ia, ib, ic})))[::-1][:k + 1]
    gaps = -np.diff(rest)
    return bool(((gaps <= 1e-12) | (gaps > 1e-6)).all())


def _checked(*args) -> tuple:
    assert _ok(args), "a case breaks the promise"
    return args


SAMPLES = [
    Case(_checked(["tomato", "basil", "lemon", "thyme", "salt", "mint", "sugar"],
                  _f([[1, 0, 0], [1, 1, 0], [0, 0, 2], [0, 1, 1], [0, 0, 0], [0, 3, 3],
                      [3, 0, 0]]), "tomato", "basil", "lemon", 3),
         expected=["thyme", "mint", "salt"],
         note="the target is (-0.29, 0.71, 1); `mint` is `thyme` times 3, so their cosines "
              "are equal and the lower index comes first; the zero row `salt` scores 0, above "
              "`sugar`'s negative cosine"),
    Case(_checked(["rice", "pasta", "bread", "beans"], _f([[1, 0], [0, 1], [1, 1], [-1, 0]]),
                  "rice", "rice", "pasta", 5),
         expected=["bread", "beans"],
         note="`b` equals `a`, so the target is `pasta`'s unit vector; once `rice` and `pasta` "
              "are left out only two words remain although k = 5"),
    Case(_checked(["cod", "salmon", "beef", "lamb", "pork"],
                  _f([[10, 0], [0, 1], [1, 0], [0.1, 1], [-1, 0.2]]), "cod", "salmon", "beef",
                  2),
         expected=["lamb", "pork"],
         note="normalised first, `cod` and `beef` cancel and the target is (0, 1). Built from "
              "the raw vectors it would be (-9, 1), and `pork` would come first"),
]


def _names(n: int) -> list[str]:
    base = ["garlic", "onion", "leek", "chive", "dill", "sage", "clove", "anise", "cumin",
            "fennel", "ginger", "nutmeg", "paprika", "saffron", "sumac", "tarragon"]
    return [f"{base[i % len(base)]}{i // len(base)}" if i >= len(base) else base[i]
            for i in range(n)]


def _random(seed: int, n: int, d: int, k: int, extras: int = 0) -> tuple:
    rng = np.random.default_rng(seed)
    for _ in range(100):
        V = np.clip(rng.normal(0, 2.5, size=(n, d)), -10, 10)
        for _ in range(extras):  # parallel copies, identical copies and zero rows
            i, j = rng.integers(0, n, size=2)
            kind = rng.integers(0, 3)
            if kind == 0:
                V[j] = V[i] * rng.choice([0.5, 0.3, 1.7, 3.0]) / max(1.0, np.abs(V[i]).max() / 3)
            elif kind == 1:
                V[j] = V[i]
            else:
                V[j] = 0.0
        V = V.astype(np.float32)
        words = _names(n)
        a, b, c = (words[int(i)] for i in rng.integers(0, n, size=3))
        args = (words, V, a, b, c, k)
        if _ok(args):
            return args
    raise AssertionError("no clean case")


def _parallel_flip() -> tuple:
    """A row and a parallel copy of it whose computed cosines differ by rounding, with the
    copy's (later row) cosine the larger one: an exact comparison ranks it first."""
    rng = np.random.default_rng(7)
    for _ in range(10000):
        base = rng.integers(-9, 10, size=(4, 3)).astype(np.float32)
        v = rng.integers(-9, 10, size=3).astype(np.float32)
        scale = np.float32(rng.choice([3.0, 0.3, 0.7, 1.1]))
        V = np.vstack([base, v, v * scale, -v]).astype(np.float32)
        words = ["flour", "sugar", "honey", "syrup", "oats", "bran", "rye"]
        args = (words, V, "flour", "sugar", "honey", 2)
        sims, tn = _sims(V, 0, 1, 2)
        if tn >= 1e-2 and sims[5] > sims[4] and sims[4] > sims[3] + 1e-6 and sims[4] > 0.1 \
                and _ok(args):
            return args
    raise AssertionError("no flip found")


HIDDEN = [
    Case(_checked(["salt", "pepper", "oil", "vinegar"], _f([[1, 0], [0, 1], [1, 1], [2, -1]]),
                  "salt", "pepper", "oil", 1), note="one word left, k = 1"),
    Case(_checked(["salt", "pepper", "oil"], _f([[1, 0], [0, 1], [1, 1]]), "salt", "pepper",
                  "oil", 3), note="every word is a query word: the answer is empty"),
    Case(_checked(["salt"], _f([[2, 0]]), "salt", "salt", "salt", 1),
         note="one word, used three times"),
    Case(_checked(["a", "b", "c", "d", "e", "f"],
                  _f([[1, 2], [1, 2], [0, 0], [3, -1], [0, 0], [-2, 5]]), "a", "b", "c", 4),
         note="a and b identical, c zero: the target is exactly zero, every cosine is 0, "
              "ranked by index"),
    Case(_checked(["a", "b", "c", "d", "e"], _f([[0, 0], [0, 0], [0, 0], [1, 1], [0, 0]]),
                  "a", "b", "c", 2), note="all query rows are zero"),
    Case(_checked(["mace", "clove", "allspice", "zero1", "nutmeg", "zero2", "cassia", "star"],
                  _f([[1, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0, 0], [-1, -1, -1], [0, 0, 0],
                      [-8, -9, 1], [-2, 0, 0]]), "mace", "clove", "allspice", 8),
         note="the target is (-1, 1, 1); `cassia` is orthogonal to it (computed as about "
              "3e-17) and ties at 0 with the zero rows, after them by index; negative "
              "cosines come last"),
    Case(_checked(["w0", "w1", "w2", "w3", "w4", "w5"],
                  _f([[3, 4], [-4, 3], [5, 0], [0.06, 0.08], [-6, 8], [0.3, -0.4]]),
                  "w0", "w1", "w2", 3),
         note="rows of very different norms: a dot product of raw vectors ranks them wrongly"),
    Case(_checked(["p", "q", "r", "s", "t", "u"],
                  _f([[10, 0, 0], [0, 0.1, 0], [0, 0, 1], [1, 1, 1], [0.2, 0, 1], [0, 9, 0.5]]),
                  "p", "q", "r", 3),
         note="the target from raw vectors points elsewhere than the normalised one"),
    Case(_checked(["x", "y", "z", "near", "far"], _f([[1, 0], [0, 1], [1, 1], [0, 1], [1, 0]]),
                  "x", "y", "z", 2),
         note="the query words themselves would rank first if kept"),
    Case(_checked(["dup0", "dup1", "dup2", "dup3", "q1", "q2", "q3"],
                  _f([[1, 1], [1, 1], [1, 1], [1, 1], [1, 0], [0, 1], [1, 0]]),
                  "q1", "q2", "q3", 3), note="four identical rows: the three lowest indices"),
    Case(_checked(["a", "b", "c", "d", "e", "f"],
                  _f([[-10, 10, -10], [10, -10, 10], [-10, -10, 10], [10, 10, 10],
                      [-10, -10, -10], [9.99, -10, 10]]), "a", "b", "c", 6),
         note="values at the range limits"),
    Case(_checked(["butter", "ghee", "water", "cream", "yogurt", "vinegar"],
                  _f([[1, 0], [1, 0.03], [0, 0], [0.5, 1], [0.499992, 1], [-1, -1]]),
                  "butter", "ghee", "water", 2),
         note="a short target (norm 0.03) and two cosines 3e-6 apart: not a tie, so the later "
              "`yogurt` comes first"),
    Case(_parallel_flip(),
         note="parallel rows whose computed cosines differ in the last bits: still tied, "
              "lower index first"),
    Case(_random(1, 50, 5, 10, 10), note="small random with copies and zero rows"),
    Case(_random(2, 20000, 64, 20, 50), note="largest"),
    Case(_random(3, 400, 64, 400, 0), note="k = n: the whole ranking"),
    Case(_random(4, 2000, 1, 30, 5), note="d = 1: cosines are -1, 0 or 1, all ties"),
    Case(_random(5, 2000, 2, 7, 20), note="two dimensions, many rows"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 300), rng.randint(1, 8),
                   rng.randint(1, 20), rng.randint(0, 10))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 7))
    d = draw(st.integers(1, 3))
    row = st.lists(st.integers(-3, 3), min_size=d, max_size=d)
    V = _f(draw(st.lists(row, min_size=n, max_size=n)))
    words = [f"w{i}" for i in range(n)]
    pick = st.sampled_from(words)
    return words, V, draw(pick), draw(pick), draw(pick), draw(st.integers(1, n))


def arguments():
    return _small().filter(_ok)


def invariant(args, result):
    words, vectors, a, b, c, k = args
    if len(set(result)) != len(result):
        return "a word appears twice"
    if not set(result) <= set(words) - {a, b, c}:
        return "the result must hold only words other than a, b and c"
    if len(result) != min(k, len(set(words) - {a, b, c})):
        return "the result must hold min(k, number of remaining words) words"
    return None
