# verdict: Wrong Answer
# Uses log base 10 instead of the natural logarithm.
import numpy as np


def population_stability_index(reference, current, n_bins):
    lo = reference.min()
    width = (reference.max() - lo) / n_bins
    inner = lo + np.arange(1, n_bins) * width
    ref = np.bincount(np.searchsorted(inner, reference, side="right"), minlength=n_bins) / len(reference)
    cur = np.bincount(np.searchsorted(inner, current, side="right"), minlength=n_bins) / len(current)
    ref = np.maximum(ref, 1e-4)
    cur = np.maximum(cur, 1e-4)
    return float(np.sum((cur - ref) * np.log10(cur / ref)))
