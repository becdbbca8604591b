# verdict: Wrong Answer
# Bins closed on the right, (k/M, (k+1)/M] (the first also holds 0.0): a forecast on an edge
# goes to the bin on its left.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    n = len(probs)
    bins = np.searchsorted(np.arange(1, n_bins) / n_bins, probs, side="left")
    ece = 0.0
    for b in np.unique(bins):
        in_bin = bins == b
        ece += in_bin.sum() / n * abs(labels[in_bin].mean() - probs[in_bin].mean())
    return float(ece)
