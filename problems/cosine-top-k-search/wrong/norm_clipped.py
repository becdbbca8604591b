# verdict: Wrong Answer
# Clips the norms below at 1e-12: right for a zero vector, but a real vector with a norm of 5e-13
# is divided by 1e-12.
import numpy as np


def cosine_top_k(queries, corpus, k):
    Qn = queries / np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-12)
    Cn = corpus / np.maximum(np.linalg.norm(corpus, axis=1, keepdims=True), 1e-12)
    sims = Qn @ Cn.T
    kk = min(k, len(corpus))
    order = np.argsort(-sims, axis=1, kind="stable")[:, :kk]
    return order, np.take_along_axis(sims, order, axis=1)
