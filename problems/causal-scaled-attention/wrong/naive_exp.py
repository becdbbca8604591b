# verdict: Wrong Answer
# Exponentiates the raw scores: on scores in the tens of thousands exp overflows to inf and
# the weights become nan (or 0/0 when every score is very negative).
import numpy as np


def scaled_attention(Q, K, V, causal):
    s = Q @ K.T / np.sqrt(Q.shape[1])
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        w = np.exp(s)
        if causal:
            w = w * np.tril(np.ones(w.shape, dtype=w.dtype))
        w = w / w.sum(axis=1, keepdims=True)
        return w @ V, w
