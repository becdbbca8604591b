# verdict: Wrong Answer
# Accounts for earlier stops but treats the looks as independent:
# P(first crossing at k) = prod_{j<k} Phi(z_j) * (1 - Phi(z_k)), ignoring the correlation
# sqrt(t_i / t_j) of the cumulative statistics.
import math
from statistics import NormalDist


def efficacy_bounds(fractions, alpha):
    nd = NormalDist()
    c = nd.inv_cdf(1 - alpha / 2)
    prev = 0.0
    alive = 1.0
    out = []
    for t in fractions:
        spent = math.erfc(c / math.sqrt(2 * t))
        z = -nd.inv_cdf((spent - prev) / alive)
        out.append(z)
        alive *= nd.cdf(z)
        prev = spent
    return out
