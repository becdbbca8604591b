# verdict: Wrong Answer
# Rounds the treatment arm as ceil((t / c) * n_control) in floats: (7 / 3) * 780 = 1820.0000000000002 becomes 1821.
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    h = 2 * math.asin(math.sqrt(p_treatment)) - 2 * math.asin(math.sqrt(p_control))
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    n = math.ceil((z / h) ** 2 * (1 + control_share / treatment_share))
    return {"effect_size": h, "n_control": n, "n_treatment": math.ceil(treatment_share / control_share * n)}
