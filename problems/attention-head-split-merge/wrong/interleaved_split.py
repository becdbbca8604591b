# verdict: Wrong Answer
# Deals the features out to the heads in turn (feature j goes to head j % heads) instead of
# cutting consecutive blocks; the merge interleaves the same way, so merge(split(x)) == x still.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    d = D // heads
    x_heads = x.reshape(B, T, d, heads).transpose(0, 3, 1, 2)
    y_merged = y.transpose(0, 2, 3, 1).reshape(B, T, D)
    return x_heads, y_merged
