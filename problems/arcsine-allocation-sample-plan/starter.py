import math
from statistics import NormalDist


def arcsine_sample_plan(p_control: float, p_treatment: float, alpha: float, power: float,
                        control_share: int, treatment_share: int) -> dict:
    # Return {"effect_size": float, "n_control": int, "n_treatment": int}.
    raise NotImplementedError(f"{NormalDist().inv_cdf(0.975)} {math.asin(1.0)}")
