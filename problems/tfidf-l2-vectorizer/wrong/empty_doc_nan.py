# verdict: Wrong Answer
# Divides every row by its norm without a guard: a document with no tokens becomes nan.
import re
from collections import Counter

import numpy as np


def tfidf(documents):
    counts = [Counter(re.findall(r"[a-z0-9]+", d.lower())) for d in documents]
    vocabulary = sorted(set().union(*counts))
    tf = np.array([[c[w] for w in vocabulary] for c in counts], dtype=float)
    tf = tf.reshape(len(documents), len(vocabulary))
    df = (tf > 0).sum(axis=0)
    w = tf * (np.log((1 + len(documents)) / (1 + df)) + 1)
    with np.errstate(invalid="ignore"):
        return vocabulary, w / np.linalg.norm(w, axis=1, keepdims=True)
