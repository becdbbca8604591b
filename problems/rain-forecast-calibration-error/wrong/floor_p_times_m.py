# verdict: Wrong Answer
# Takes the bin as floor(p * M) (clipped to M - 1): for p = 1/49 with M = 49 the product
# rounds to 0.9999999999999999 and the forecast lands one bin too low.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    n = len(probs)
    bins = np.minimum(np.floor(probs * n_bins).astype(int), n_bins - 1)
    counts = np.bincount(bins, minlength=n_bins)
    pos = np.bincount(bins, weights=labels, minlength=n_bins)
    conf = np.bincount(bins, weights=probs, minlength=n_bins)
    return float(np.abs(pos - conf).sum() / n) if counts.sum() else 0.0
