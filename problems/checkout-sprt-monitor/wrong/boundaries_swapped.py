# verdict: Wrong Answer
# Swaps the two boundary formulas: A = ln(beta / (1 - alpha)) is negative, so the first
# conversion already "accepts H1".
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log(beta / (1 - alpha))
    lower = math.log((1 - beta) / alpha)
    win, lose = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        llr += win if x else lose
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
