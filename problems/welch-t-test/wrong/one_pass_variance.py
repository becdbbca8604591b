# verdict: Wrong Answer
# Computes each variance in one pass, (sum of squares - n * mean**2) / (n - 1): for values near
# 1e6 with a spread of 0.01 the subtraction cancels every significant digit.
import math
import numpy as np
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = (np.sum(a * a) - na * a.mean() ** 2) / (na - 1) / na
    vb = (np.sum(b * b) - nb * b.mean() ** 2) / (nb - 1) / nb
    t = (b.mean() - a.mean()) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1))
    return {"t": float(t), "df": float(df), "p_value": math.erfc(abs(t) / math.sqrt(2))}
