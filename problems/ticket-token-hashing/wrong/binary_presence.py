# verdict: Wrong Answer
import zlib

import numpy as np


def hash_features(docs, width, signed):
    # Marks which columns are hit instead of counting every occurrence.
    X = np.zeros((len(docs), width), dtype=np.float32)
    for i, tokens in enumerate(docs):
        for token in set(tokens):
            h = zlib.crc32(token.encode("utf-8"))
            X[i, h % width] = -1 if signed and h >> 31 else 1
    return X
