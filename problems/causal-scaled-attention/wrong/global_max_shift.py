# verdict: Wrong Answer
# Stabilises with the largest score of the whole matrix instead of each row's: a row whose
# scores are all far below it underflows to 0/0.
import numpy as np


def scaled_attention(Q, K, V, causal):
    s = Q.astype(float) @ K.T.astype(float) / np.sqrt(Q.shape[1])
    if causal:
        s = np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf)
    with np.errstate(invalid="ignore"):
        w = np.exp(s - s.max())
        w /= w.sum(axis=1, keepdims=True)
    return w @ V, w
