# verdict: Wrong Answer
# Forgets the transpose after splitting: returns shape (B, T, heads, d), the heads axis after
# the token axis.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    x_heads = x.reshape(B, T, heads, D // heads)
    y_merged = y.transpose(0, 2, 1, 3).reshape(B, T, D)
    return x_heads, y_merged
