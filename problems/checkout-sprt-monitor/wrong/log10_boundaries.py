# verdict: Wrong Answer
# Takes the boundaries with log10 while the increments use natural logs.
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log10((1 - beta) / alpha)
    lower = math.log10(beta / (1 - alpha))
    win, lose = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        llr += win if x else lose
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
