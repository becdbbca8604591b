import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = 2.0 ** np.asarray(relevance) - 1.0
    kk = min(k, scores.shape[1])
    discounts = 1.0 / np.log2(np.arange(2, kk + 2))
    # A stable sort of the negated scores keeps tied candidates in index order.
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts).sum(axis=1)
    ideal = -np.sort(-gains, axis=1)[:, :kk]
    idcg = (ideal * discounts).sum(axis=1)
    ndcg = np.zeros(len(idcg))
    judged = idcg > 0
    ndcg[judged] = dcg[judged] / idcg[judged]
    return ndcg
