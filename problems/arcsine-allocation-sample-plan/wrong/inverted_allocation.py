# verdict: Wrong Answer
# Uses 1 + t / c instead of 1 + c / t: the variance term of the wrong arm is scaled.
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    h = 2 * math.asin(math.sqrt(p_treatment)) - 2 * math.asin(math.sqrt(p_control))
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    n = math.ceil((z / h) ** 2 * (1 + treatment_share / control_share))
    return {"effect_size": h, "n_control": n, "n_treatment": -(-n * treatment_share // control_share)}
