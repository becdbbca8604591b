# verdict: Wrong Answer
# Rounds to the nearest whole number instead of rounding up: too few users half of the time.
import math
from statistics import NormalDist


def sample_size_per_group(p_baseline, mde, alpha, power):
    p1, p2 = p_baseline, p_baseline + mde
    p_bar = (p1 + p2) / 2
    z_alpha = NormalDist().inv_cdf(1 - alpha / 2)
    z_power = NormalDist().inv_cdf(power)
    spread = (z_alpha * math.sqrt(2 * p_bar * (1 - p_bar))
              + z_power * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
    return round(spread**2 / mde**2)
