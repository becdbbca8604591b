# verdict: Wrong Answer
# Returns the 0-based index of the crossing observation instead of how many were used.
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    win, lose = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for i, x in enumerate(conversions):
        llr += win if x else lose
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": i}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": i}
    return {"decision": "continue", "n_used": len(conversions)}
