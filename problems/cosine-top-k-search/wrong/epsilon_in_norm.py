# verdict: Wrong Answer
# Adds 1e-12 to every norm instead of treating only the zero vector specially: a vector with a
# norm of 5e-13 gets a similarity of a third of its real value.
import numpy as np


def cosine_top_k(queries, corpus, k):
    Qn = queries / (np.linalg.norm(queries, axis=1, keepdims=True) + 1e-12)
    Cn = corpus / (np.linalg.norm(corpus, axis=1, keepdims=True) + 1e-12)
    sims = Qn @ Cn.T
    kk = min(k, len(corpus))
    order = np.argsort(-sims, axis=1, kind="stable")[:, :kk]
    return order, np.take_along_axis(sims, order, axis=1)
