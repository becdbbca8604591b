# verdict: Wrong Answer
# Measures the new variances around the OLD means (the ones the E-step used) instead of
# around the new means just computed.
import numpy as np


def em_step(x, weights, means, variances, var_floor):
    diff = x[:, None] - means[None, :]
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - diff ** 2 / (2 * variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_norm = top[:, 0] + np.log(np.exp(log_joint - top).sum(axis=1))
    resp = np.exp(log_joint - log_norm[:, None])
    total = resp.sum(axis=0)
    new_means = (resp * x[:, None]).sum(axis=0) / total
    spread = (resp * (x[:, None] - means) ** 2).sum(axis=0) / total
    return total / len(x), new_means, np.maximum(spread, var_floor), float(log_norm.sum())
