# Builds the smoothed targets from an identity matrix and contracts them with einsum.
import numpy as np


def smoothed_cross_entropy(logits, labels, eps):
    z = logits.astype(np.float64)
    n, k = z.shape
    m = z.max(axis=1)
    lse = m + np.log(np.exp(z - m[:, None]).sum(axis=1))
    log_p = z - lse[:, None]
    y = (1.0 - eps) * np.eye(k)[labels] + eps / k
    return float(-np.einsum("ij,ij->", y, log_p) / n)
