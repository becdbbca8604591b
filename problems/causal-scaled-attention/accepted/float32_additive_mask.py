# float32 throughout, einsum for the products, an additive -1e30 mask (masked_fill style).
import numpy as np


def scaled_attention(Q, K, V, causal):
    d = Q.shape[1]
    s = np.einsum("qd,kd->qk", Q, K) / np.float32(np.sqrt(d))
    if causal:
        n = s.shape[0]
        s = s + np.triu(np.full((n, n), -1e30, dtype=np.float32), k=1)
    s = s - s.max(axis=-1, keepdims=True)
    w = np.exp(s)
    w = w / w.sum(axis=-1, keepdims=True)
    return np.einsum("qk,kv->qv", w, V), w
