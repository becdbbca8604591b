import zlib

import numpy as np


def hash_features(docs, width, signed):
    X = np.zeros((len(docs), width), dtype=np.float32)
    for i, tokens in enumerate(docs):
        for token in tokens:
            h = zlib.crc32(token.encode("utf-8"))
            if signed and (h >> 31) & 1:
                X[i, h % width] -= 1
            else:
                X[i, h % width] += 1
    return X
