# verdict: Wrong Answer
# Builds the target from the raw vectors and only then takes cosines (normalising in the
# cosine but not before the vector arithmetic).
import numpy as np


def analogy_top_k(words, vectors, a, b, c, k):
    V = np.asarray(vectors, dtype=np.float64)
    idx = {w: i for i, w in enumerate(words)}
    t = V[idx[b]] - V[idx[a]] + V[idx[c]]
    n = np.linalg.norm(V, axis=1)
    tn = np.linalg.norm(t)
    sims = V @ t / np.where(n > 0, n * tn, 1.0) if tn > 0 else np.zeros(len(words))
    sims = np.round(sims, 9)
    skip = {idx[a], idx[b], idx[c]}
    order = sorted((i for i in range(len(words)) if i not in skip), key=lambda i: (-sims[i], i))
    return [words[i] for i in order[:k]]
