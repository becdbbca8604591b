# verdict: Wrong Answer
# Normalises over the queries (axis 0) instead of over the keys.
import numpy as np


def scaled_attention(Q, K, V, causal):
    s = Q.astype(float) @ K.T.astype(float) / np.sqrt(Q.shape[1])
    if causal:
        s = np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=0, keepdims=True))
    w /= w.sum(axis=0, keepdims=True)
    return w @ V, w
