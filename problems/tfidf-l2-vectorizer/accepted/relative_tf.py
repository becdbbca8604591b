# The term frequency as a share of the document's length (the L2 step cancels any row scale),
# rows normalised with nan_to_num for documents without tokens.
import re

import numpy as np


def tfidf(documents):
    toks = [re.findall(r"[a-z0-9]+", doc.lower()) for doc in documents]
    vocabulary = sorted({t for ts in toks for t in ts})
    col = {w: j for j, w in enumerate(vocabulary)}
    n = len(documents)
    tf = np.zeros((n, len(vocabulary)))
    for i, ts in enumerate(toks):
        for t in ts:
            tf[i, col[t]] += 1
    df = (tf > 0).sum(axis=0)
    idf = np.log((1 + n) / (1 + df)) + 1
    w = tf * idf
    w = w / np.maximum(tf.sum(axis=1, keepdims=True), 1)
    with np.errstate(invalid="ignore"):
        w = np.nan_to_num(w / np.linalg.norm(w, axis=1, keepdims=True))
    return vocabulary, w
