# Another correct style: int(n_raw) + 1 (n_raw is never whole) and the lower-tail quantiles
# taken in absolute value.
import math
from statistics import NormalDist
def sample_size_per_group(p_baseline, mde, alpha, power):
    nd = NormalDist()
    p1, p2 = p_baseline, p_baseline + mde
    pb = (p1 + p2) / 2
    za = abs(nd.inv_cdf(alpha / 2))
    zb = abs(nd.inv_cdf(1 - power))
    n_raw = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde ** 2
    return int(n_raw) + 1
