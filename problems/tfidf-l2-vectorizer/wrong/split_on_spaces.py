# verdict: Wrong Answer
# Tokenises with str.split(), so punctuation stays attached ("hi," and "hi!" are new words).
from collections import Counter

import numpy as np


def tfidf(documents):
    counts = [Counter(d.lower().split()) for d in documents]
    vocabulary = sorted(set().union(*counts))
    tf = np.array([[c[w] for w in vocabulary] for c in counts], dtype=float)
    tf = tf.reshape(len(documents), len(vocabulary))
    df = (tf > 0).sum(axis=0)
    w = tf * (np.log((1 + len(documents)) / (1 + df)) + 1)
    norms = np.linalg.norm(w, axis=1, keepdims=True)
    return vocabulary, w / np.where(norms > 0, norms, 1.0)
