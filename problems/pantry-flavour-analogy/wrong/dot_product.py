# verdict: Wrong Answer
# Ranks by the dot product of the raw vectors with the raw target: nothing is normalised.
import numpy as np


def analogy_top_k(words, vectors, a, b, c, k):
    V = np.asarray(vectors, dtype=np.float64)
    idx = {w: i for i, w in enumerate(words)}
    t = V[idx[b]] - V[idx[a]] + V[idx[c]]
    sims = np.round(V @ t, 9)
    skip = {idx[a], idx[b], idx[c]}
    order = sorted((i for i in range(len(words)) if i not in skip), key=lambda i: (-sims[i], i))
    return [words[i] for i in order[:k]]
