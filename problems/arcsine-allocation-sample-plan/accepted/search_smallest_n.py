# Finds the smallest n_control whose approximate power reaches the target by doubling and
# bisection on the power curve Phi(|h| / sqrt((1 + c/t) / n) - z_alpha) instead of the
# closed-form size, and rounds the treatment arm with divmod.
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    nd = NormalDist()
    h = 2 * math.asin(p_treatment ** 0.5) - 2 * math.asin(p_control ** 0.5)
    z_alpha = nd.inv_cdf(1 - alpha / 2)
    z_power = nd.inv_cdf(power)
    spread = 1 + control_share / treatment_share

    def enough(n):
        return abs(h) * math.sqrt(n / spread) - z_alpha >= z_power

    hi = 1
    while not enough(hi):
        hi *= 2
    lo = hi // 2
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid
    quotient, remainder = divmod(hi * treatment_share, control_share)
    return {"effect_size": h, "n_control": hi, "n_treatment": quotient + (remainder > 0)}
