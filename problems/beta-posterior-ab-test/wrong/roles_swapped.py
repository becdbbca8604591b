# verdict: Wrong Answer
# Runs the sum with the roles of A and B exchanged, which gives P(p_A > p_B).
import math


def beta_ab_test(conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta):
    aa, ba = prior_alpha + conversions_a, prior_beta + n_a - conversions_a
    ab, bb = prior_alpha + conversions_b, prior_beta + n_b - conversions_b

    def log_beta(x, y):
        return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)

    total = 0.0
    for i in range(aa):
        total += math.exp(log_beta(ab + i, bb + ba) - math.log(ba + i)
                          - log_beta(1 + i, ba) - log_beta(ab, bb))
    return {"alpha_a": aa, "beta_a": ba, "alpha_b": ab, "beta_b": bb, "prob_b_beats_a": total}
