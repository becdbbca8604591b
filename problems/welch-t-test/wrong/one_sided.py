# verdict: Wrong Answer
# Reports the one-sided p-value 1 - Phi(|t|), half of the two-sided one.
import math
from statistics import NormalDist

import numpy as np


def welch_t_test(a, b):
    v_a = np.var(a, ddof=1) / len(a)
    v_b = np.var(b, ddof=1) / len(b)
    t = (b.mean() - a.mean()) / math.sqrt(v_a + v_b)
    df = (v_a + v_b) ** 2 / (v_a**2 / (len(a) - 1) + v_b**2 / (len(b) - 1))
    return {"t": float(t), "df": float(df), "p_value": 1 - NormalDist().cdf(abs(t))}
