# verdict: Wrong Answer
# Computes the weighted densities with a plain exp and normalises them: for a point far from
# every component all densities underflow to 0, giving 0/0 = nan responsibilities and a
# log-likelihood of -inf.
import numpy as np


def em_step(x, weights, means, variances, var_floor):
    dens = weights * np.exp(-(x[:, None] - means) ** 2 / (2 * variances)) / np.sqrt(
        2 * np.pi * variances)
    norm = dens.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        resp = dens / norm[:, None]
        loglik = float(np.log(norm).sum())
    total = resp.sum(axis=0)
    new_means = (resp * x[:, None]).sum(axis=0) / total
    spread = (resp * (x[:, None] - new_means) ** 2).sum(axis=0) / total
    return total / len(x), new_means, np.maximum(spread, var_floor), loglik
