# verdict: Wrong Answer
# Computes gains, discounts and sums in float32 (the dtype of the scores): off by about 1e-7.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = (np.float32(2.0) ** np.asarray(relevance, dtype=np.float32) - 1).astype(np.float32)
    kk = min(k, scores.shape[1])
    discounts = (1.0 / np.log2(np.arange(2, kk + 2, dtype=np.float32))).astype(np.float32)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts).sum(axis=1)
    idcg = (-np.sort(-gains, axis=1)[:, :kk] * discounts).sum(axis=1)
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1), 0).astype(np.float32)
