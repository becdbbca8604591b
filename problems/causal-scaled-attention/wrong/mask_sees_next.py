# verdict: Wrong Answer
# Off by one in the causal mask: lets query i also see key i + 1 (np.tril with k=1).
import numpy as np


def scaled_attention(Q, K, V, causal):
    s = Q.astype(float) @ K.T.astype(float) / np.sqrt(Q.shape[1])
    if causal:
        s = np.where(np.tril(np.ones(s.shape, dtype=bool), k=1), s, -np.inf)
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    return w @ V, w
