import numpy as np


def scaled_attention(Q, K, V, causal):
    Q, K, V = (a.astype(np.float64) for a in (Q, K, V))
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if causal:
        allowed = np.tril(np.ones(scores.shape, dtype=bool))
        scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=1, keepdims=True)
    return weights @ V, weights
