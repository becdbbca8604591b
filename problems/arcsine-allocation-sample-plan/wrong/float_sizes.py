# verdict: Wrong Answer
# Returns the sizes as floats from math.ceil on numpy values (3835.0, not 3835).
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    import numpy as np
    h = float(2 * np.arcsin(np.sqrt(p_treatment)) - 2 * np.arcsin(np.sqrt(p_control)))
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    n = np.ceil((z / h) ** 2 * (1 + control_share / treatment_share))
    return {"effect_size": h, "n_control": float(n), "n_treatment": float(np.ceil(n * treatment_share / control_share))}
