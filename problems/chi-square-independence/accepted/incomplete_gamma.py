# Another correct style: the regularised upper incomplete gamma Q(dof/2, statistic/2), by its
# series below a + 1 and by Lentz's continued fraction above.
import math
import numpy as np
def _q(a, x):
    if x <= 0: return 1.0
    lg = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1:
        term = total = 1.0 / a; ap = a
        for _ in range(100000):
            ap += 1; term *= x / ap; total += term
            if abs(term) < abs(total) * 1e-16: break
        return min(1.0, max(0.0, 1.0 - total * math.exp(lg)))
    b = x + 1 - a; c = 1e300; d = 1 / b; h = d
    for i in range(1, 100000):
        an = -i * (i - a); b += 2
        d = an * d + b; d = d if abs(d) > 1e-300 else 1e-300
        c = b + an / c; c = c if abs(c) > 1e-300 else 1e-300
        d = 1 / d; delta = d * c; h *= delta
        if abs(delta - 1) < 1e-16: break
    return min(1.0, math.exp(lg) * h)
def chi_square_independence(table, yates):
    O = np.asarray(table, dtype=float)
    rows, cols = O.sum(axis=1), O.sum(axis=0)
    E = rows[:, None] * cols[None, :] / O.sum()
    dof = int((O.shape[0] - 1) * (O.shape[1] - 1))
    d = np.abs(O - E)
    if yates and dof == 1:
        d = np.clip(d - 0.5, 0, None)
    s = float(np.sum(d ** 2 / E))
    return {"statistic": s, "dof": dof, "p_value": 1.0 if s == 0 else _q(dof / 2, s / 2), "expected": E}
