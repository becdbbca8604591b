import numpy as np

EPS = 1e-4


def population_stability_index(reference: np.ndarray, current: np.ndarray, n_bins: int) -> float:
    lo = reference.min()
    width = (reference.max() - lo) / n_bins
    inner = lo + np.arange(1, n_bins) * width
    # Bin = number of inner edges <= value: closed on the left, outer bins unbounded.
    ref_counts = np.bincount(np.searchsorted(inner, reference, side="right"), minlength=n_bins)
    cur_counts = np.bincount(np.searchsorted(inner, current, side="right"), minlength=n_bins)
    ref_p = np.maximum(ref_counts / len(reference), EPS)
    cur_p = np.maximum(cur_counts / len(current), EPS)
    return float(np.sum((cur_p - ref_p) * np.log(cur_p / ref_p)))
