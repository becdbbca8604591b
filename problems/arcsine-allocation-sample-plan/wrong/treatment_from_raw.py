# verdict: Wrong Answer
# Rounds the treatment arm from the unrounded n_raw instead of from the rounded n_control.
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    h = 2 * math.asin(math.sqrt(p_treatment)) - 2 * math.asin(math.sqrt(p_control))
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    raw = (z / h) ** 2 * (1 + control_share / treatment_share)
    return {"effect_size": h, "n_control": math.ceil(raw), "n_treatment": math.ceil(raw * treatment_share / control_share)}
