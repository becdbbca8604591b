# The statement's formula read literally: p = 2 * (1 - Phi(|z|)) with NormalDist().cdf (the
# digits it loses for large |z| are far below the absolute tolerance).
import math
from statistics import NormalDist
def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p = (successes_a + successes_b) / (n_a + n_b)
    if p == 0 or p == 1:
        return {"z": 0.0, "p_value": 1.0}
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = (successes_b / n_b - successes_a / n_a) / se
    return {"z": z, "p_value": 2 * (1 - NormalDist().cdf(abs(z)))}
