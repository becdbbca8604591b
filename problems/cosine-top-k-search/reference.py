import numpy as np


def cosine_top_k(queries: np.ndarray, corpus: np.ndarray, k: int):
    Q = np.asarray(queries, dtype=float)
    C = np.asarray(corpus, dtype=float)
    q_norm = np.linalg.norm(Q, axis=1)
    c_norm = np.linalg.norm(C, axis=1)
    # Dot products first, then one elementwise division: identical corpus rows get identical
    # similarities. A zero vector has a zero dot product with everything, and dividing by 1
    # instead of 0 keeps its similarity at 0.
    denominator = np.outer(np.where(q_norm > 0, q_norm, 1.0), np.where(c_norm > 0, c_norm, 1.0))
    sims = (Q @ C.T) / denominator
    kk = min(k, C.shape[0])
    order = np.argsort(-sims, axis=1, kind="stable")[:, :kk]
    return order.astype(np.int64), np.take_along_axis(sims, order, axis=1)
