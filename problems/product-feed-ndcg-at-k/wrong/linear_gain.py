# verdict: Wrong Answer
# Uses the grade itself as the gain instead of 2**g - 1.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = np.asarray(relevance, dtype=np.float64)
    kk = min(k, scores.shape[1])
    discounts = 1.0 / np.log2(np.arange(2, kk + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts).sum(axis=1)
    idcg = (-np.sort(-gains, axis=1)[:, :kk] * discounts).sum(axis=1)
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
