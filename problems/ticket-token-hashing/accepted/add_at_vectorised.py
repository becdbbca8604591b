import zlib

import numpy as np


def hash_features(docs, width, signed):
    rows, hashes = [], []
    for i, tokens in enumerate(docs):
        rows.extend([i] * len(tokens))
        hashes.extend(zlib.crc32(t.encode("utf-8")) for t in tokens)
    h = np.array(hashes, dtype=np.uint64)
    cols = (h % np.uint64(width)).astype(np.intp)
    if signed:
        values = np.where((h >> np.uint64(31)) & np.uint64(1), -1.0, 1.0)
    else:
        values = np.ones(len(hashes))
    X = np.zeros((len(docs), width), dtype=np.float64)
    np.add.at(X, (np.array(rows, dtype=np.intp), cols), values)
    return X.astype(np.float32)
