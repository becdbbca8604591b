# verdict: Wrong Answer
import numpy as np


def hash_features(docs, width, signed):
    # Python's hash() instead of the stated CRC-32 (and salted per process outside the judge).
    X = np.zeros((len(docs), width), dtype=np.float32)
    for i, tokens in enumerate(docs):
        for token in tokens:
            h = hash(token) & 0xFFFFFFFF
            sign = -1 if signed and (h >> 31) & 1 else 1
            X[i, h % width] += sign
    return X
