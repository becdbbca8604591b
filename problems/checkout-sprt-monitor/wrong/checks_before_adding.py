# verdict: Wrong Answer
# Checks the boundaries at the top of the loop, before adding the current observation, and
# so stops one observation late (and never checks after the last one).
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    win, lose = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": n}
        llr += win if x else lose
    return {"decision": "continue", "n_used": len(conversions)}
