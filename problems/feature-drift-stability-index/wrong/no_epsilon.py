# verdict: Wrong Answer
# Forgets the floor: an empty bin gives ln(0) and the PSI becomes inf (or nan).
import numpy as np


def population_stability_index(reference, current, n_bins):
    lo = reference.min()
    width = (reference.max() - lo) / n_bins
    inner = lo + np.arange(1, n_bins) * width
    ref = np.bincount(np.searchsorted(inner, reference, side="right"), minlength=n_bins) / len(reference)
    cur = np.bincount(np.searchsorted(inner, current, side="right"), minlength=n_bins) / len(current)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.sum((cur - ref) * np.log(cur / ref)))
