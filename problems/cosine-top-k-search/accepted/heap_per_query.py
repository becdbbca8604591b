# Per query, heapq.nsmallest over (-similarity, index): the tie rule comes from the tuple order.
import heapq

import numpy as np


def cosine_top_k(queries, corpus, k):
    qn = np.linalg.norm(queries, axis=1)
    cn = np.linalg.norm(corpus, axis=1)
    dots = queries @ corpus.T
    kk = min(k, len(corpus))
    idx = np.zeros((len(queries), kk), dtype=np.int64)
    out = np.zeros((len(queries), kk))
    for i in range(len(queries)):
        sims = [0.0 if qn[i] == 0 or cn[j] == 0 else dots[i, j] / (qn[i] * cn[j])
                for j in range(len(corpus))]
        best = heapq.nsmallest(kk, ((-s, j) for j, s in enumerate(sims)))
        idx[i] = [j for _, j in best]
        out[i] = [-s for s, _ in best]
    return idx, out
