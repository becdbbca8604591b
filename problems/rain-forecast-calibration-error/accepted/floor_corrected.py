import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    # floor(p * M), then nudged so that k / M <= p < (k + 1) / M holds with float edges.
    b = np.floor(probs * n_bins).astype(np.int64)
    b = np.where(b / n_bins > probs, b - 1, b)
    b = np.where((b + 1) / n_bins <= probs, b + 1, b)
    b = np.clip(b, 0, n_bins - 1)
    n_b = np.bincount(b, minlength=n_bins)
    acc = np.bincount(b, weights=labels, minlength=n_bins)
    conf = np.bincount(b, weights=probs, minlength=n_bins)
    keep = n_b > 0
    return float(np.sum(n_b[keep] / len(probs) * np.abs(acc[keep] / n_b[keep] - conf[keep] / n_b[keep])))
