# verdict: Wrong Answer
# Adds 1e-12 under the square root of t's denominator: with spreads of 1e-7, v_a + v_b is
# about 1e-15 and t comes out far too small.
import math
import numpy as np
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = a.var(ddof=1) / na
    vb = b.var(ddof=1) / nb
    t = (b.mean() - a.mean()) / math.sqrt(va + vb + 1e-12)
    df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1))
    return {"t": float(t), "df": float(df), "p_value": math.erfc(abs(t) / math.sqrt(2))}
