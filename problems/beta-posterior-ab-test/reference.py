import math

import numpy as np


def _log_beta(x, y):
    return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)


def beta_ab_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int,
                 prior_alpha: int, prior_beta: int) -> dict[str, float]:
    alpha_a = prior_alpha + conversions_a
    beta_a = prior_beta + n_a - conversions_a
    alpha_b = prior_alpha + conversions_b
    beta_b = prior_beta + n_b - conversions_b
    constant = math.lgamma(beta_a + beta_b) - _log_beta(alpha_a, beta_a) - math.lgamma(beta_b)
    logs = np.array([
        math.lgamma(alpha_a + i) - math.lgamma(alpha_a + i + beta_a + beta_b)
        - math.log(beta_b + i) - math.lgamma(1 + i) + math.lgamma(1 + i + beta_b)
        for i in range(alpha_b)])
    probability = float(np.exp(logs + constant).sum())
    return {"alpha_a": alpha_a, "beta_a": beta_a, "alpha_b": alpha_b, "beta_b": beta_b,
            "prob_b_beats_a": min(1.0, max(0.0, probability))}
