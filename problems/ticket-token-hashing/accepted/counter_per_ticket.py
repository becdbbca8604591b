import zlib
from collections import Counter

import numpy as np


def hash_features(docs, width, signed):
    X = np.zeros((len(docs), width), dtype=np.float32)
    cache = {}
    for i, tokens in enumerate(docs):
        for token, count in Counter(tokens).items():
            if token not in cache:
                h = zlib.crc32(token.encode("utf-8"))
                sign = -1 if signed and h >= 2 ** 31 else 1
                cache[token] = (h % width, sign)
            j, sign = cache[token]
            X[i, j] += sign * count
    return X
