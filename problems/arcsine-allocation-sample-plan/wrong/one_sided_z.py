# verdict: Wrong Answer
# Uses z = Phi_inv(1 - alpha), the one-sided critical value, for a two-sided test (alpha not halved).
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    h = 2 * math.asin(math.sqrt(p_treatment)) - 2 * math.asin(math.sqrt(p_control))
    z = NormalDist().inv_cdf(1 - alpha) + NormalDist().inv_cdf(power)
    n = math.ceil((z / h) ** 2 * (1 + control_share / treatment_share))
    return {"effect_size": h, "n_control": n, "n_treatment": -(-n * treatment_share // control_share)}
