# verdict: Wrong Answer
# Forgets the factor 2 in phi(p) = 2 asin(sqrt(p)): the effect is halved and the sizes quadruple.
import math
from statistics import NormalDist


def arcsine_sample_plan(p_control, p_treatment, alpha, power, control_share, treatment_share):
    h = math.asin(math.sqrt(p_treatment)) - math.asin(math.sqrt(p_control))
    z = NormalDist().inv_cdf(1 - alpha / 2) + NormalDist().inv_cdf(power)
    n = math.ceil((z / h) ** 2 * (1 + control_share / treatment_share))
    return {"effect_size": h, "n_control": n, "n_treatment": -(-n * treatment_share // control_share)}
