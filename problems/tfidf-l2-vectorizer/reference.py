import re
from collections import Counter

import numpy as np

TOKEN = re.compile(r"[a-z0-9]+")


def tfidf(documents: list[str]):
    counts = [Counter(TOKEN.findall(doc.lower())) for doc in documents]
    vocabulary = sorted(set().union(*counts)) if counts else []
    column = {word: j for j, word in enumerate(vocabulary)}
    n = len(documents)
    tf = np.zeros((n, len(vocabulary)))
    for i, counter in enumerate(counts):
        for word, count in counter.items():
            tf[i, column[word]] = count
    df = (tf > 0).sum(axis=0)
    idf = np.log((1 + n) / (1 + df)) + 1
    w = tf * idf
    norms = np.linalg.norm(w, axis=1, keepdims=True)
    return vocabulary, w / np.where(norms > 0, norms, 1.0)
