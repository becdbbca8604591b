# verdict: Wrong Answer
# Uses the normal quantile instead of Student's t: too narrow for small samples.
import math
from statistics import NormalDist

import numpy as np


def welch_mean_diff_ci(a, b, confidence):
    v_a = np.var(a, ddof=1) / len(a)
    v_b = np.var(b, ddof=1) / len(b)
    se = math.sqrt(v_a + v_b)
    df = (v_a + v_b) ** 2 / (v_a**2 / (len(a) - 1) + v_b**2 / (len(b) - 1))
    crit = NormalDist().inv_cdf((1 + confidence) / 2)
    diff = float(np.mean(b) - np.mean(a))
    return {"diff": diff, "se": se, "df": df, "t_crit": crit,
            "lower": diff - crit * se, "upper": diff + crit * se}
