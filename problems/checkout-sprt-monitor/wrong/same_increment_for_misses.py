# verdict: Wrong Answer
# Adds ln(p1 / p0) for every observation, conversion or not: the likelihood of a miss is
# 1 - p, not p.
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        llr += math.log(p1 / p0)
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
