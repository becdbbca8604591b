# One query row at a time: log-sum-exp over the visible keys only, nothing computed for the
# masked ones.
import numpy as np


def scaled_attention(Q, K, V, causal):
    n_q, d = Q.shape
    n_k = K.shape[0]
    weights = np.zeros((n_q, n_k))
    for i in range(n_q):
        visible = i + 1 if causal else n_k
        s = K[:visible].astype(float) @ Q[i].astype(float) / d ** 0.5
        m = s.max()
        lse = m + np.log(np.exp(s - m).sum())
        weights[i, :visible] = np.exp(s - lse)
    return weights @ V.astype(float), weights
