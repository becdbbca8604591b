# verdict: Wrong Answer
# A bare reshape in both directions: merge does invert split, but both use the wrong layout.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    return x.reshape(B, heads, T, D // heads), y.reshape(B, T, D)
