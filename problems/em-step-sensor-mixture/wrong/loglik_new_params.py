# verdict: Wrong Answer
# Reports the log-likelihood under the updated parameters instead of under the parameters the
# step started from (the ones the E-step used).
import numpy as np


def em_step(x: np.ndarray, weights: np.ndarray, means: np.ndarray, variances: np.ndarray,
            var_floor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    diff = x[:, None] - means[None, :]  # (n, k)
    log_joint = (np.log(weights) - 0.5 * np.log(2 * np.pi * variances)
                 - diff ** 2 / (2 * variances))
    top = log_joint.max(axis=1, keepdims=True)
    log_norm = top[:, 0] + np.log(np.exp(log_joint - top).sum(axis=1))  # log-sum-exp per point
    resp = np.exp(log_joint - log_norm[:, None])
    total = resp.sum(axis=0)  # (k,)
    new_weights = total / len(x)
    new_means = (resp * x[:, None]).sum(axis=0) / total
    spread = (resp * (x[:, None] - new_means[None, :]) ** 2).sum(axis=0) / total
    new_variances = np.maximum(spread, var_floor)
    d2 = x[:, None] - new_means[None, :]
    lj = (np.log(new_weights) - 0.5 * np.log(2 * np.pi * new_variances) - d2 ** 2 / (2 * new_variances))
    t = lj.max(axis=1, keepdims=True)
    ll = float((t[:, 0] + np.log(np.exp(lj - t).sum(axis=1))).sum())
    return new_weights, new_means, new_variances, ll
