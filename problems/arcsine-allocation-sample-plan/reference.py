import math
from statistics import NormalDist


def arcsine_sample_plan(p_control: float, p_treatment: float, alpha: float, power: float,
                        control_share: int, treatment_share: int) -> dict:
    h = 2.0 * math.asin(math.sqrt(p_treatment)) - 2.0 * math.asin(math.sqrt(p_control))
    z_alpha = NormalDist().inv_cdf(1.0 - alpha / 2.0)
    z_power = NormalDist().inv_cdf(power)
    n_raw = ((z_alpha + z_power) / h) ** 2 * (1.0 + control_share / treatment_share)
    n_control = math.ceil(n_raw)
    n_treatment = -(-n_control * treatment_share // control_share)
    return {"effect_size": h, "n_control": n_control, "n_treatment": n_treatment}
