import math

import numpy as np

from judge.grading.authoring import Case, st


def _f(rows) -> np.ndarray:
    return np.array(rows, dtype=np.float64)


# Sample 2 by hand: N = 2, "b" is in both documents (idf 1), "a" in one (idf ln(3/2) + 1).
_IDF_A = math.log(1.5) + 1
_ROW = 2 * _IDF_A / math.hypot(2 * _IDF_A, 1.0), 1 / math.hypot(2 * _IDF_A, 1.0)

SAMPLES = [
    Case((["Hi, hi!", "hi"],), expected=(["hi"], _f([[1.0], [1.0]])),
         note="one word: every non-empty row normalises to 1"),
    Case((["A b a", "B"],), expected=(["a", "b"], _f([[_ROW[0], _ROW[1]], [0.0, 1.0]])),
         note="idf(a) = ln(3/2) + 1, idf(b) = ln(3/3) + 1 = 1; row 0 = [2 idf(a), 1] / norm"),
    Case((["...", "x-ray"],), expected=(["ray", "x"], _f([[0.0, 0.0], [0.5 ** 0.5, 0.5 ** 0.5]])),
         note="a document with no tokens stays a zero row"),
]

_WORDS = ["data", "model", "train", "test", "loss", "the", "a", "of", "grad", "2024",
          "x1", "net", "layer", "bias"]


def _random(seed: int, n: int, length: int, vocab: int) -> tuple:
    rng = np.random.default_rng(seed)
    words = [f"w{j}" if j % 3 else f"{j}z" for j in range(vocab)]
    weights = 1 / np.arange(1, vocab + 1)
    weights /= weights.sum()
    seps = [" ", ", ", ". ", "-", "_", "'", "\n", "  "]
    docs = []
    for _ in range(n):
        tokens = rng.choice(words, size=rng.integers(0, length + 1), p=weights)
        parts = []
        for t in tokens:
            parts.append(t.upper() if rng.random() < 0.2 else t)
            parts.append(seps[rng.integers(0, len(seps))])
        docs.append("".join(parts))
    return (docs,)


HIDDEN = [
    Case(([""],), note="a single empty document"),
    Case((["", "!!", " - "],), note="no tokens anywhere"),
    Case((["same words here", "Same words HERE", "same, words; here."],),
         note="every word in every document"),
    Case((["don't", "dont", "do not"],), note="apostrophes split tokens"),
    Case((["snake_case and kebab-case", "CamelCase"],), note="underscores and hyphens"),
    Case((["10 apples", "9 apples", "apple 10 10 10"],), note="numbers sort before words"),
    Case((["word " * 500, "word other", ""],), note="a heavy repeat and an empty document"),
    Case(_random(1, 30, 20, 40), note="random"),
    Case(_random(2, 500, 200, 500), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 12)
    docs = []
    for _ in range(n):
        k = rng.randint(0, 12)
        docs.append(rng.choice([" ", ", ", "! "]).join(rng.choice(_WORDS) for _ in range(k)))
    return (docs,)


_ALPHABET = "abAB1 -_,."


def arguments():
    return st.tuples(st.lists(st.text(alphabet=_ALPHABET, max_size=15), min_size=1,
                              max_size=6))


def invariant(args, result):
    vocabulary, matrix = result
    matrix = np.asarray(matrix, dtype=float)
    if list(vocabulary) != sorted(vocabulary):
        return "the vocabulary must be sorted"
    if matrix.size and (matrix < 0).any():
        return "TF-IDF weights cannot be negative"
    norms = np.linalg.norm(matrix, axis=1) if matrix.size else np.zeros(len(args[0]))
    if not np.all(np.isclose(norms, 1.0) | np.isclose(norms, 0.0)):
        return "every row must have norm 1 (or 0 for a document without tokens)"
    return None


