# verdict: Wrong Answer
# Rounds the probability to 6 decimals (as a dashboard would): 0.0581126558 becomes 0.058113,
# off by 6e-6 relative.
import math
def _lb(x, y): return math.lgamma(x) + math.lgamma(y) - math.lgamma(x + y)
def beta_ab_test(conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta):
    aa, ba = prior_alpha + conversions_a, prior_beta + n_a - conversions_a
    ab, bb = prior_alpha + conversions_b, prior_beta + n_b - conversions_b
    total = sum(math.exp(_lb(aa + i, ba + bb) - math.log(bb + i) - _lb(1 + i, bb) - _lb(aa, ba)) for i in range(ab))
    return {"alpha_a": aa, "beta_a": ba, "alpha_b": ab, "beta_b": bb, "prob_b_beats_a": round(min(1.0, total), 6)}
