# verdict: Wrong Answer
# Splits with a bare reshape to (B, heads, T, d), skipping the reshape-then-transpose: head h
# then holds a run of the flattened (T, D) block, mixing the features of different tokens.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    x_heads = x.reshape(B, heads, T, D // heads)
    y_merged = y.transpose(0, 2, 1, 3).reshape(B, T, D)
    return x_heads, y_merged
