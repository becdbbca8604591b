# verdict: Wrong Answer
import zlib

import numpy as np


def hash_features(docs, width, signed):
    # The scikit-learn habit: read the hash as a signed 32-bit int, column = abs(h) % width.
    X = np.zeros((len(docs), width), dtype=np.float32)
    for i, tokens in enumerate(docs):
        for token in tokens:
            h = zlib.crc32(token.encode("utf-8"))
            if h >= 2 ** 31:
                h -= 2 ** 32
            X[i, abs(h) % width] += -1 if signed and h < 0 else 1
    return X
