# verdict: Wrong Answer
# Subtracts 1e-6 before math.ceil to hide float noise: the statement only promises n_raw is
# 1e-9 * n_raw from a whole number, and n_raw = 200.00000049 must give 201, not 200.
import math
from statistics import NormalDist
def sample_size_per_group(p_baseline, mde, alpha, power):
    nd = NormalDist()
    p1, p2 = p_baseline, p_baseline + mde
    pb = (p1 + p2) / 2
    za = nd.inv_cdf(1 - alpha / 2)
    zb = nd.inv_cdf(power)
    n_raw = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde ** 2
    return math.ceil(n_raw - 1e-6)
