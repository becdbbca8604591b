# verdict: Wrong Answer
# Tokenises with \w+, which keeps underscores inside tokens: "snake_case" is one word.
import re

import numpy as np


def tfidf(documents):
    toks = [re.findall(r"\w+", doc.lower()) for doc in documents]
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
    w = w / np.linalg.norm(w, axis=1, keepdims=True).clip(min=1e-12)
    return vocabulary, w
