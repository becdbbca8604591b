# verdict: Wrong Answer
# Keeps float32 prefix sums: sums near 10**14 lose their low digits, and so do the means.
import numpy as np
def range_means(readings, queries):
    p = np.concatenate([[0], np.cumsum(np.asarray(readings, dtype=np.float32))])
    return [float((p[r + 1] - p[l]) / (r - l + 1)) for l, r in queries]
