import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    x_heads = x.reshape(B, T, heads, D // heads).transpose(0, 2, 1, 3)
    B, H, T, d = y.shape
    y_merged = y.transpose(0, 2, 1, 3).reshape(B, T, H * d)
    return x_heads, y_merged
