import math
from statistics import NormalDist


def sample_size_per_group(p_baseline: float, mde: float, alpha: float, power: float) -> int:
    # Two-sided test, normal approximation, rounded up to a whole number of users.
    z_alpha = NormalDist().inv_cdf(1 - alpha / 2)
    raise NotImplementedError(f"z_alpha = {z_alpha}, {math.pi}")
