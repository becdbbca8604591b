# verdict: Wrong Answer
# Averages the bin gaps over all M bins, empty bins counting as a gap of 0.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    bins = np.searchsorted(np.arange(1, n_bins) / n_bins, probs, side="right")
    total = 0.0
    for b in range(n_bins):
        in_bin = bins == b
        if in_bin.any():
            total += abs(labels[in_bin].mean() - probs[in_bin].mean())
    return float(total / n_bins)
