# verdict: Wrong Answer
# Averages |accuracy - confidence| over the non-empty bins without weighting by bin size.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    bins = np.searchsorted(np.arange(1, n_bins) / n_bins, probs, side="right")
    gaps = [abs(labels[bins == b].mean() - probs[bins == b].mean())
            for b in range(n_bins) if (bins == b).any()]
    return float(np.mean(gaps))
