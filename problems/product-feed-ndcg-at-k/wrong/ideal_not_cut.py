# verdict: Wrong Answer
# Cuts the model's ranking at k but sums the ideal DCG over all n candidates.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = 2.0 ** np.asarray(relevance, dtype=np.float64) - 1.0
    n = scores.shape[1]
    kk = min(k, n)
    discounts = 1.0 / np.log2(np.arange(2, n + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts[:kk]).sum(axis=1)
    idcg = (-np.sort(-gains, axis=1) * discounts).sum(axis=1)
    return np.where(idcg > 0, dcg / np.where(idcg > 0, idcg, 1.0), 0.0)
