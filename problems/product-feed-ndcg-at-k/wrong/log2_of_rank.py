# verdict: Wrong Answer
# Discounts by log2(rank) with ranks from 1, so the first place divides by log2(1) = 0; the
# guard below turns the resulting inf into a discount of 1, but every later place is off by one.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = 2.0 ** np.asarray(relevance, dtype=np.float64) - 1.0
    kk = min(k, scores.shape[1])
    with np.errstate(divide="ignore"):
        discounts = 1.0 / np.log2(np.arange(1, kk + 1))
    discounts[~np.isfinite(discounts)] = 1.0
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts).sum(axis=1)
    idcg = (-np.sort(-gains, axis=1)[:, :kk] * discounts).sum(axis=1)
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
