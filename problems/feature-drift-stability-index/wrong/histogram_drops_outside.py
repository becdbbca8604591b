# verdict: Wrong Answer
# Counts with np.histogram over the reference's [min, max]: current values outside that range
# are silently dropped instead of going to the outer bins.
import numpy as np


def population_stability_index(reference, current, n_bins):
    edges = np.linspace(reference.min(), reference.max(), n_bins + 1)
    ref = np.histogram(reference, bins=edges)[0] / len(reference)
    cur = np.histogram(current, bins=edges)[0] / len(current)
    ref = np.maximum(ref, 1e-4)
    cur = np.maximum(cur, 1e-4)
    return float(np.sum((cur - ref) * np.log(cur / ref)))
