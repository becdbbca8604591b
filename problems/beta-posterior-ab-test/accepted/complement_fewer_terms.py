# Another correct style: when B has more successes, 1 - P(A > B) with the roles swapped, so the
# sum runs over the smaller of alpha_a and alpha_b.
import math
def _lb(x, y): return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)
def _p_second_beats_first(a1, b1, a2, b2):
    return sum(math.exp(_lb(a1 + i, b1 + b2) - math.log(b2 + i) - _lb(1 + i, b2) - _lb(a1, b1)) for i in range(a2))
def beta_ab_test(conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta):
    aa, ba = prior_alpha + conversions_a, prior_beta + n_a - conversions_a
    ab, bb = prior_alpha + conversions_b, prior_beta + n_b - conversions_b
    if ab <= aa:
        p = _p_second_beats_first(aa, ba, ab, bb)
    else:
        p = 1.0 - _p_second_beats_first(ab, bb, aa, ba)
    return {"alpha_a": aa, "beta_a": ba, "alpha_b": ab, "beta_b": bb, "prob_b_beats_a": min(1.0, max(0.0, p))}
