# verdict: Wrong Answer
# Divides by the ideal DCG without the zero case, so a query with only grade-0 candidates
# gets nan instead of 0.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    gains = 2.0 ** np.asarray(relevance, dtype=np.float64) - 1.0
    kk = min(k, scores.shape[1])
    discounts = 1.0 / np.log2(np.arange(2, kk + 2))
    order = np.argsort(-scores, axis=1, kind="stable")[:, :kk]
    dcg = (np.take_along_axis(gains, order, axis=1) * discounts).sum(axis=1)
    idcg = (-np.sort(-gains, axis=1)[:, :kk] * discounts).sum(axis=1)
    with np.errstate(invalid="ignore"):
        return dcg / idcg
