# verdict: Wrong Answer
# Scales the scores by 1/d instead of 1/sqrt(d).
import numpy as np


def scaled_attention(Q, K, V, causal):
    s = Q.astype(float) @ K.T.astype(float) / Q.shape[1]
    if causal:
        s = np.where(np.tril(np.ones(s.shape, dtype=bool)), s, -np.inf)
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    return w @ V, w
