import numpy as np


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, n_bins: int) -> float:
    n = len(probs)
    # Inner edges k / M for k = 1..M-1; a probability on an edge goes to the bin on its right,
    # and 1.0 (past every inner edge) lands in the last bin.
    inner = np.arange(1, n_bins) / n_bins
    bins = np.searchsorted(inner, probs, side="right")
    counts = np.bincount(bins, minlength=n_bins)
    positives = np.bincount(bins, weights=labels, minlength=n_bins)
    prob_sums = np.bincount(bins, weights=probs, minlength=n_bins)
    nonempty = counts > 0
    n_b = counts[nonempty]
    accuracy = positives[nonempty] / n_b
    confidence = prob_sums[nonempty] / n_b
    return float(np.sum(n_b / n * np.abs(accuracy - confidence)))
