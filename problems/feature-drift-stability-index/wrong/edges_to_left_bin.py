# verdict: Wrong Answer
# Bins closed on the right (np.digitize with right=True): a value on an inner edge goes to the
# bin on its left.
import numpy as np


def population_stability_index(reference, current, n_bins):
    lo = reference.min()
    width = (reference.max() - lo) / n_bins
    inner = lo + np.arange(1, n_bins) * width
    ref = np.bincount(np.digitize(reference, inner, right=True), minlength=n_bins) / len(reference)
    cur = np.bincount(np.digitize(current, inner, right=True), minlength=n_bins) / len(current)
    ref = np.maximum(ref, 1e-4)
    cur = np.maximum(cur, 1e-4)
    return float(np.sum((cur - ref) * np.log(cur / ref)))
