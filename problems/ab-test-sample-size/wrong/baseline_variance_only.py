# verdict: Wrong Answer
# Uses the baseline variance p1 * (1 - p1) for both groups in both terms.
import math
from statistics import NormalDist


def sample_size_per_group(p_baseline, mde, alpha, power):
    p1 = p_baseline
    z_alpha = NormalDist().inv_cdf(1 - alpha / 2)
    z_power = NormalDist().inv_cdf(power)
    return math.ceil(2 * p1 * (1 - p1) * (z_alpha + z_power) ** 2 / mde**2)
