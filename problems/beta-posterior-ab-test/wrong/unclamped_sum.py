# verdict: Wrong Answer
# Returns the summed terms without clamping to [0, 1]: with a strong prior towards high rates
# the sum rounds to 1.0000000000002, and a probability cannot exceed 1.
import math
def _lb(x, y): return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)
def beta_ab_test(conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta):
    aa, ba = prior_alpha + conversions_a, prior_beta + n_a - conversions_a
    ab, bb = prior_alpha + conversions_b, prior_beta + n_b - conversions_b
    total = 0.0
    for i in range(ab):
        total += math.exp(_lb(aa + i, ba + bb) - math.log(bb + i) - _lb(1 + i, bb) - _lb(aa, ba))
    return {"alpha_a": aa, "beta_a": ba, "alpha_b": ab, "beta_b": bb, "prob_b_beats_a": total}
