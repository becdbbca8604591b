# lexsort per row (index as the secondary key), discounts applied with a matrix product.
import numpy as np


def ndcg_at_k(scores, relevance, k):
    m, n = scores.shape
    kk = min(k, n)
    discount = 1.0 / np.log2(np.arange(kk) + 2.0)
    gains = np.exp2(relevance.astype(np.float64)) - 1.0
    index = np.arange(n)
    dcg = np.empty(m)
    for q in range(m):
        order = np.lexsort((index, -scores[q].astype(np.float64)))[:kk]
        dcg[q] = gains[q, order] @ discount
    idcg = np.sort(gains, axis=1)[:, ::-1][:, :kk] @ discount
    result = np.zeros(m)
    np.divide(dcg, idcg, out=result, where=idcg > 0)
    return result
