# verdict: Wrong Answer
# Ranks by the raw dot product without normalising the corpus rows, so long vectors win.
import numpy as np


def cosine_top_k(queries, corpus, k):
    qn = np.linalg.norm(queries, axis=1, keepdims=True)
    scores = (queries / np.where(qn > 0, qn, 1)) @ corpus.T
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return order, np.take_along_axis(scores, order, axis=1)
