# verdict: Wrong Answer
# Discounts by log2(rank) with ranks from 1: the first place divides by zero and the NDCG
# comes out nan.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = 2.0 ** np.asarray(relevance, dtype=np.float64) - 1.0
    kk = min(k, scores.shape[1])
    ranks = np.arange(1, kk + 1)
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    with np.errstate(divide="ignore", invalid="ignore"):
        dcg = (np.take_along_axis(gains, order, axis=1) / np.log2(ranks)).sum(axis=1)
        idcg = (-np.sort(-gains, axis=1)[:, :kk] / np.log2(ranks)).sum(axis=1)
        return np.where(idcg > 0, dcg / idcg, 0.0)
