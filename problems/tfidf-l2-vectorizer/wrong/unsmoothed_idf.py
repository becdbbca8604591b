# verdict: Wrong Answer
# Uses the unsmoothed IDF ln(N / df) + 1 instead of ln((1 + N) / (1 + df)) + 1.
import re
from collections import Counter

import numpy as np


def tfidf(documents):
    counts = [Counter(re.findall(r"[a-z0-9]+", d.lower())) for d in documents]
    vocabulary = sorted(set().union(*counts))
    tf = np.array([[c[w] for w in vocabulary] for c in counts], dtype=float)
    tf = tf.reshape(len(documents), len(vocabulary))
    df = (tf > 0).sum(axis=0)
    w = tf * (np.log(len(documents) / np.maximum(df, 1)) + 1)
    norms = np.linalg.norm(w, axis=1, keepdims=True)
    return vocabulary, w / np.where(norms > 0, norms, 1.0)
