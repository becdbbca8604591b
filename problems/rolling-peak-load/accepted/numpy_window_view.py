# O(n * width) comparisons, but in numpy: the largest case takes under a second, so the
# statement only calls a Python loop or max over each slice too slow.
import numpy as np
def rolling_peaks(loads, width):
    if width > len(loads):
        return []
    a = np.asarray(loads, dtype=np.int64)
    return np.lib.stride_tricks.sliding_window_view(a, width).max(axis=1).tolist()
