# verdict: Wrong Answer
# Reports the one-sided p-value P(Z >= z) for "B is better" instead of the two-sided one.
import math
from statistics import NormalDist


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    pooled = (successes_a + successes_b) / (n_a + n_b)
    variance = pooled * (1 - pooled) * (1 / n_a + 1 / n_b)
    if variance == 0:
        return {"z": 0.0, "p_value": 1.0}
    z = (successes_b / n_b - successes_a / n_a) / math.sqrt(variance)
    return {"z": z, "p_value": 1 - NormalDist().cdf(z)}
