# verdict: Wrong Answer
# Ranks every word, including a, b and c themselves.
import numpy as np


def analogy_top_k(words, vectors, a, b, c, k):
    V = np.asarray(vectors, dtype=np.float64)
    n = np.linalg.norm(V, axis=1)
    U = V / np.where(n > 0, n, 1.0)[:, None]
    idx = {w: i for i, w in enumerate(words)}
    t = U[idx[b]] - U[idx[a]] + U[idx[c]]
    tn = np.linalg.norm(t)
    sims = U @ t / tn if tn > 0 else np.zeros(len(words))
    sims = np.round(sims, 9)
    order = sorted(range(len(words)), key=lambda i: (-sims[i], i))
    return [words[i] for i in order[:k]]
