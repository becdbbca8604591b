import math

import numpy as np


def em_step(x, weights, means, variances, var_floor):
    k = len(weights)
    xs = np.asarray(x, dtype=float).tolist()
    consts = [math.log(weights[j]) - 0.5 * math.log(2 * math.pi * variances[j]) for j in range(k)]
    loglik = 0.0
    resp = []
    for xi in xs:
        logs = [consts[j] - (xi - means[j]) ** 2 / (2 * variances[j]) for j in range(k)]
        m = max(logs)
        lse = m + math.log(sum(math.exp(v - m) for v in logs))
        loglik += lse
        resp.append([math.exp(v - lse) for v in logs])
    r = np.array(resp)
    xa = np.array(xs)
    nk = r.sum(axis=0)
    mu = r.T @ xa / nk
    var = np.einsum("ij,ij->j", r, (xa[:, None] - mu) ** 2) / nk
    return nk / len(xs), mu, np.maximum(var, var_floor), loglik
