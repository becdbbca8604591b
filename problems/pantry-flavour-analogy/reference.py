import numpy as np

TIE = 1e-9


def analogy_top_k(words, vectors, a, b, c, k):
    V = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(V, axis=1)
    U = V / np.where(norms > 0, norms, 1.0)[:, None]  # zero rows stay zero
    index = {w: i for i, w in enumerate(words)}
    query = {index[a], index[b], index[c]}
    target = U[index[b]] - U[index[a]] + U[index[c]]
    # u_w . t is cos(w) * ||t||: the same ranking, 0 for zero rows and for a zero target. As
    # ||t|| >= 0.01, cosines more than 1e-6 apart stay more than 1e-8 apart here.
    dots = U @ target
    rest = np.array([i for i in range(len(words)) if i not in query], dtype=np.int64)
    if rest.size == 0:
        return []
    order = rest[np.argsort(-dots[rest])]
    s = dots[order]
    group = np.concatenate(([0], np.cumsum(s[:-1] - s[1:] > TIE)))  # runs of near-equal values
    ranked = order[np.lexsort((order, group))]
    return [words[i] for i in ranked[:k].tolist()]
