# verdict: Wrong Answer
# Uses argsort's default (quicksort, not stable), so ties of a long row are not kept in index
# order.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = 2.0 ** np.asarray(relevance, dtype=np.float64) - 1.0
    kk = min(k, scores.shape[1])
    discounts = 1.0 / np.log2(np.arange(2, kk + 2))
    order = np.argsort(-scores, axis=1)[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts).sum(axis=1)
    idcg = (-np.sort(-gains, axis=1)[:, :kk] * discounts).sum(axis=1)
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
