# verdict: Wrong Answer
# Treats a group whose variance is below 1e-10 as constant: two groups with spreads of 1e-7
# are not, and the statistic is not 0.
import math
import numpy as np
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = 0.0 if a.var() < 1e-10 else a.var(ddof=1) / na
    vb = 0.0 if b.var() < 1e-10 else b.var(ddof=1) / nb
    t = (b.mean() - a.mean()) / math.sqrt(va + vb) if va + vb > 0 else 0.0
    df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1)) if va + vb > 0 else 0.0
    return {"t": float(t), "df": float(df), "p_value": math.erfc(abs(t) / math.sqrt(2))}
