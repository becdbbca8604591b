# verdict: Wrong Answer
# Builds the edges with np.linspace(0, 1, M + 1), whose edges can differ from k / M in the
# last bit (linspace(0, 1, 11)[3] is 0.30000000000000004), so a forecast of 0.3 with M = 10
# lands in the bin below.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    n = len(probs)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    bins = np.clip(np.digitize(probs, edges[1:-1], right=False), 0, n_bins - 1)
    pos = np.bincount(bins, weights=labels, minlength=n_bins)
    conf = np.bincount(bins, weights=probs, minlength=n_bins)
    return float(np.abs(pos - conf).sum() / n)
