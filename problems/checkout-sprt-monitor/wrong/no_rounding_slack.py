# verdict: Wrong Answer
# Uses >= and <= but no slack: 2 · ln 3 comes out 4e-16 below ln 9, so a boundary reached
# exactly in arithmetic is missed in floats.
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    win, lose = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        llr += win if x else lose
        if llr >= upper:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
