import numpy as np


def sprt_conversion(conversions, p0, p1, alpha, beta):
    x = np.asarray(conversions, dtype=np.int64)
    upper = np.log((1 - beta) / alpha)
    lower = np.log(beta / (1 - alpha))
    steps = np.where(x == 1, np.log(p1) - np.log(p0), np.log1p(-p1) - np.log1p(-p0))
    llr = np.cumsum(steps)
    hit = np.flatnonzero((llr >= upper - 1e-9) | (llr <= lower + 1e-9))
    if hit.size == 0:
        return {"decision": "continue", "n_used": len(conversions)}
    first = int(hit[0])
    decision = "accept_h1" if llr[first] >= upper - 1e-9 else "accept_h0"
    return {"decision": decision, "n_used": first + 1}
