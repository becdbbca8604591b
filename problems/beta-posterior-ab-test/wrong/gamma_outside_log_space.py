# verdict: Runtime Error
# Builds the Beta functions from math.gamma outside log space: Gamma(172) already overflows
# (OverflowError) once a group has a hundred visitors.
import math
def _b(x, y): return math.gamma(x) * math.gamma(y) / math.gamma(x + y)
def beta_ab_test(conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta):
    aa, ba = prior_alpha + conversions_a, prior_beta + n_a - conversions_a
    ab, bb = prior_alpha + conversions_b, prior_beta + n_b - conversions_b
    total = sum(_b(aa + i, ba + bb) / ((bb + i) * _b(1 + i, bb) * _b(aa, ba)) for i in range(ab))
    return {"alpha_a": aa, "beta_a": ba, "alpha_b": ab, "beta_b": bb, "prob_b_beats_a": min(1.0, total)}
