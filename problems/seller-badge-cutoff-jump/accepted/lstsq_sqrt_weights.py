import numpy as np


def rd_jump(x, y, cutoff, bandwidth):
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    out = {}
    for side, keep in (("left", lambda d: d < 0), ("right", lambda d: d >= 0)):
        d = x - cutoff
        mask = (np.abs(d) <= bandwidth) & keep(d)
        ds, ys = d[mask], y[mask]
        w = 1 - np.abs(ds) / bandwidth
        design = np.column_stack([np.ones_like(ds), ds]) * np.sqrt(w)[:, None]
        coef, *_ = np.linalg.lstsq(design, ys * np.sqrt(w), rcond=None)
        out[side + "_intercept"] = float(coef[0])
        out["n_" + side] = int(mask.sum())
    out["jump"] = out["right_intercept"] - out["left_intercept"]
    return out
