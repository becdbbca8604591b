import numpy as np


def population_stability_index(reference, current, n_bins):
    lo, hi = reference.min(), reference.max()
    width = (hi - lo) / n_bins
    edges = np.concatenate([[-np.inf], lo + np.arange(1, n_bins) * width, [np.inf]])
    ref = np.maximum(np.histogram(reference, bins=edges)[0] / reference.size, 1e-4)
    cur = np.maximum(np.histogram(current, bins=edges)[0] / current.size, 1e-4)
    return float(((cur - ref) * np.log(cur / ref)).sum())
