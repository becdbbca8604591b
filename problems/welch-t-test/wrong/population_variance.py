# verdict: Wrong Answer
# Uses the population variance (ddof=0) instead of the sample variance (ddof=1).
import math

import numpy as np


def welch_t_test(a, b):
    v_a = np.var(a) / len(a)
    v_b = np.var(b) / len(b)
    t = (b.mean() - a.mean()) / math.sqrt(v_a + v_b)
    df = (v_a + v_b) ** 2 / (v_a**2 / (len(a) - 1) + v_b**2 / (len(b) - 1))
    return {"t": float(t), "df": float(df), "p_value": math.erfc(abs(t) / math.sqrt(2))}
