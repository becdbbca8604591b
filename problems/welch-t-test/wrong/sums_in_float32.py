# verdict: Wrong Answer
# Follows the procedure but keeps the arrays' own dtype: a float32 group's mean is summed
# in float32 and loses digits (the statement says to convert to float64 first).
import math

import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> dict[str, float]:
    a = np.asarray(a)
    b = np.asarray(b)
    n_a, n_b = len(a), len(b)
    v_a = a.var(ddof=1) / n_a
    v_b = b.var(ddof=1) / n_b
    total = v_a + v_b
    t = (b.mean() - a.mean()) / math.sqrt(total)
    df = total**2 / (v_a**2 / (n_a - 1) + v_b**2 / (n_b - 1))
    p_value = math.erfc(abs(t) / math.sqrt(2.0))
    return {"t": float(t), "df": float(df), "p_value": float(p_value)}
