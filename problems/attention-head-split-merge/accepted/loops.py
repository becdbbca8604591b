# Copies each head's block with slicing, one head at a time.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    d = D // heads
    x_heads = np.empty((B, heads, T, d), dtype=x.dtype)
    y_merged = np.empty((B, T, D), dtype=y.dtype)
    for h in range(heads):
        x_heads[:, h] = x[:, :, h * d:(h + 1) * d]
        y_merged[:, :, h * d:(h + 1) * d] = y[:, h]
    return x_heads, y_merged
