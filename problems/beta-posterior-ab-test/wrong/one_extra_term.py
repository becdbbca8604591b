# verdict: Wrong Answer
# Sums i from 0 to alpha_b inclusive: one term too many.
import math


def beta_ab_test(conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta):
    aa, ba = prior_alpha + conversions_a, prior_beta + n_a - conversions_a
    ab, bb = prior_alpha + conversions_b, prior_beta + n_b - conversions_b

    def log_beta(x, y):
        return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)

    total = 0.0
    for i in range(ab + 1):
        total += math.exp(log_beta(aa + i, ba + bb) - math.log(bb + i)
                          - log_beta(1 + i, bb) - log_beta(aa, ba))
    return {"alpha_a": aa, "beta_a": ba, "alpha_b": ab, "beta_b": bb, "prob_b_beats_a": total}
