# swapaxes for the split, np.concatenate of the heads along the feature axis for the merge.
import numpy as np


def split_merge_heads(x, y, heads):
    B, T, D = x.shape
    x_heads = np.swapaxes(x.reshape(B, T, heads, D // heads), 1, 2)
    y_merged = np.concatenate([y[:, h] for h in range(heads)], axis=-1)
    return np.ascontiguousarray(x_heads), y_merged
