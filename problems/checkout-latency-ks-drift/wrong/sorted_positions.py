# verdict: Wrong Answer
# Uses the position in the sorted sample as its own ECDF value ((i + 1) / n at a[i]), which
# is wrong inside a tie group of the sample: only its last member has the full count.
import numpy as np


def ks_statistic(before, after):
    a = np.sort(before)
    b = np.sort(after)
    n, m = len(a), len(b)
    gap_a = np.abs(np.arange(1, n + 1) / n - np.searchsorted(b, a, side="right") / m)
    gap_b = np.abs(np.searchsorted(a, b, side="right") / n - np.arange(1, m + 1) / m)
    return float(max(gap_a.max(), gap_b.max()))
