# verdict: Wrong Answer
# Standardises the raw difference by the pooled standard deviation, (p2 - p1) / sqrt(pbar (1 - pbar)), instead of the arcsine effect size.
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    pbar = (p_control + p_treatment) / 2
    h = (p_treatment - p_control) / math.sqrt(pbar * (1 - pbar))
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    n = math.ceil((z / h) ** 2 * (1 + control_share / treatment_share))
    return {"effect_size": h, "n_control": n, "n_treatment": -(-n * treatment_share // control_share)}
