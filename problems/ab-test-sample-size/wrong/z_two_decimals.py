# verdict: Wrong Answer
# Rounds both quantiles to 2 decimals, as read from a printed z table (1.96, 0.84).
import math
from statistics import NormalDist
def sample_size_per_group(p_baseline, mde, alpha, power):
    nd = NormalDist()
    p1, p2 = p_baseline, p_baseline + mde
    pb = (p1 + p2) / 2
    za = round(nd.inv_cdf(1 - alpha / 2), 2)
    zb = round(nd.inv_cdf(power), 2)
    n_raw = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde ** 2
    return math.ceil(n_raw)
