# verdict: Wrong Answer
# Adds 1e-12 to df's denominator to survive a constant group (the statement says one group
# may be constant and both never are, so no guard is needed): df is wrong for small spreads.
import math
import numpy as np
def welch_t_test(a, b):
    a = np.asarray(a, dtype=float); b = np.asarray(b, dtype=float)
    na, nb = len(a), len(b)
    va = a.var(ddof=1) / na
    vb = b.var(ddof=1) / nb
    t = (b.mean() - a.mean()) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (na - 1) + vb ** 2 / (nb - 1) + 1e-12)
    return {"t": float(t), "df": float(df), "p_value": math.erfc(abs(t) / math.sqrt(2))}
