# verdict: Wrong Answer
# Divides by the row norms without a guard: zero rows get nan cosines, which argsort puts
# last instead of at 0.
import numpy as np


def analogy_top_k(words, vectors, a, b, c, k):
    V = np.asarray(vectors, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        U = V / np.linalg.norm(V, axis=1)[:, None]
        idx = {w: i for i, w in enumerate(words)}
        t = U[idx[b]] - U[idx[a]] + U[idx[c]]
        sims = np.round(U @ t / np.linalg.norm(t), 9)
    skip = {idx[a], idx[b], idx[c]}
    order = [i for i in np.lexsort((np.arange(len(words)), -sims)) if i not in skip]
    return [words[i] for i in order[:k]]
