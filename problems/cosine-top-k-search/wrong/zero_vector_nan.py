# verdict: Wrong Answer
# Divides by the norms directly: a zero vector gives nan similarities, which argsort puts last
# and which are returned as nan instead of 0.
import numpy as np


def cosine_top_k(queries, corpus, k):
    with np.errstate(invalid="ignore", divide="ignore"):
        sims = (queries @ corpus.T) / np.outer(np.linalg.norm(queries, axis=1),
                                               np.linalg.norm(corpus, axis=1))
    order = np.argsort(-sims, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)
