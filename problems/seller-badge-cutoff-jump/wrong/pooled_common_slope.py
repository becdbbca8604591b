# verdict: Wrong Answer
# One pooled weighted regression y ~ 1 + treated + d with a slope shared by both sides; the
# jump is the treated coefficient and the intercepts are read off that single fit.
import numpy as np


def rd_jump(x, y, cutoff, bandwidth):
    d = np.asarray(x, float) - cutoff
    y = np.asarray(y, float)
    inside = np.abs(d) <= bandwidth
    d, y = d[inside], y[inside]
    treated = (d >= 0).astype(float)
    w = 1.0 - np.abs(d) / bandwidth
    X = np.column_stack([np.ones_like(d), treated, d])
    sw = np.sqrt(w)
    beta = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)[0]
    return {"jump": float(beta[1]), "left_intercept": float(beta[0]),
            "right_intercept": float(beta[0] + beta[1]),
            "n_left": int((treated == 0).sum()), "n_right": int(treated.sum())}
