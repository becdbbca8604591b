# verdict: Wrong Answer
# Tests each look at its own spending increment alone, z_k = Phi^{-1}(1 - (alpha(t_k) -
# alpha(t_{k-1}))), forgetting that the paths which crossed earlier are already spent.
import math
from statistics import NormalDist


def efficacy_bounds(fractions, alpha):
    c = NormalDist().inv_cdf(1 - alpha / 2)
    prev = 0.0
    out = []
    for t in fractions:
        spent = math.erfc(c / math.sqrt(2 * t))
        out.append(-NormalDist().inv_cdf(spent - prev))
        prev = spent
    return out
