# verdict: Wrong Answer
# Every bin is half-open [k/M, (k+1)/M), the last one included, so a forecast of exactly 1.0
# falls in no bin (but still counts in n).
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    n = len(probs)
    ece = 0.0
    for k in range(n_bins):
        in_bin = (probs >= k / n_bins) & (probs < (k + 1) / n_bins)
        if in_bin.any():
            ece += in_bin.sum() / n * abs(labels[in_bin].mean() - probs[in_bin].mean())
    return float(ece)
