# verdict: Wrong Answer
# Rounds n_raw to 2 decimals before math.ceil: n_raw = 1500.003 becomes 1500.0 and the
# answer 1500 instead of 1501.
import math
from statistics import NormalDist
def sample_size_per_group(p_baseline, mde, alpha, power):
    nd = NormalDist()
    p1, p2 = p_baseline, p_baseline + mde
    pb = (p1 + p2) / 2
    za = nd.inv_cdf(1 - alpha / 2)
    zb = nd.inv_cdf(power)
    n_raw = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde ** 2
    return math.ceil(round(n_raw, 2))
