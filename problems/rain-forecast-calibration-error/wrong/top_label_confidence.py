# verdict: Wrong Answer
# Uses the multi-class recipe: confidence max(p, 1 - p) binned, against whether the rounded
# prediction was right, instead of the probability of rain against the rain frequency.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    n = len(probs)
    conf = np.maximum(probs, 1.0 - probs)
    correct = ((probs >= 0.5).astype(int) == labels).astype(float)
    bins = np.searchsorted(np.arange(1, n_bins) / n_bins, conf, side="right")
    pos = np.bincount(bins, weights=correct, minlength=n_bins)
    s = np.bincount(bins, weights=conf, minlength=n_bins)
    return float(np.abs(pos - s).sum() / n)
