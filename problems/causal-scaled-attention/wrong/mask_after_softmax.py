# verdict: Wrong Answer
# Takes the softmax over all keys, then zeroes the future positions without renormalising:
# the visible weights no longer sum to 1.
import numpy as np


def scaled_attention(Q, K, V, causal):
    s = Q.astype(float) @ K.T.astype(float) / np.sqrt(Q.shape[1])
    w = np.exp(s - s.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    if causal:
        w = np.tril(w)
    return w @ V, w
