# verdict: Wrong Answer
# Uses a 0/1 presence indicator as the term frequency instead of the raw count.
import re

import numpy as np


def tfidf(documents):
    sets = [set(re.findall(r"[a-z0-9]+", d.lower())) for d in documents]
    vocabulary = sorted(set().union(*sets))
    tf = np.array([[float(w in s) for w in vocabulary] for s in sets])
    tf = tf.reshape(len(documents), len(vocabulary))
    df = tf.sum(axis=0)
    w = tf * (np.log((1 + len(documents)) / (1 + df)) + 1)
    norms = np.linalg.norm(w, axis=1, keepdims=True)
    return vocabulary, w / np.where(norms > 0, norms, 1.0)
