# verdict: Wrong Answer
import zlib

import numpy as np


def hash_features(docs, width, signed):
    # Ignores the sign bit: always counts +1.
    X = np.zeros((len(docs), width), dtype=np.float32)
    for i, tokens in enumerate(docs):
        for token in tokens:
            X[i, zlib.crc32(token.encode("utf-8")) % width] += 1
    return X
