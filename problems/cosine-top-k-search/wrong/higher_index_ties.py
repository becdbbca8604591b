# verdict: Wrong Answer
# Sorts ascending and reverses, so among equal similarities the higher index comes first.
import numpy as np


def cosine_top_k(queries, corpus, k):
    qn = np.linalg.norm(queries, axis=1, keepdims=True)
    cn = np.linalg.norm(corpus, axis=1, keepdims=True)
    sims = (queries / np.where(qn > 0, qn, 1)) @ (corpus / np.where(cn > 0, cn, 1)).T
    order = np.argsort(sims, axis=1, kind="stable")[:, ::-1][:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
