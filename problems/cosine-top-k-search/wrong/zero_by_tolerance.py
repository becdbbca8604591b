# verdict: Wrong Answer
# Treats a vector as zero when its norm is below 1e-9: a query with a norm of 5e-10 scores 0
# everywhere.
import numpy as np


def cosine_top_k(queries, corpus, k):
    qn = np.linalg.norm(queries, axis=1, keepdims=True)
    cn = np.linalg.norm(corpus, axis=1, keepdims=True)
    Qn = np.where(qn < 1e-9, 0.0, queries / np.where(qn < 1e-9, 1, qn))
    Cn = np.where(cn < 1e-9, 0.0, corpus / np.where(cn < 1e-9, 1, cn))
    sims = Qn @ Cn.T
    kk = min(k, len(corpus))
    order = np.argsort(-sims, axis=1, kind="stable")[:, :kk]
    return order, np.take_along_axis(sims, order, axis=1)
