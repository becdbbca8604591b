# verdict: Wrong Answer
# Splits correctly but merges with a bare reshape of (B, heads, T, d) to (B, T, D), which does
# not undo the transpose.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    x_heads = x.reshape(B, T, heads, D // heads).transpose(0, 2, 1, 3)
    y_merged = y.reshape(B, T, D)
    return x_heads, y_merged
