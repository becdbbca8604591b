# verdict: Wrong Answer
# Requires the sum to pass a boundary strictly (llr > A, llr < B) with no slack: a sum that
# reaches a boundary exactly does not stop the test.
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    win, lose = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        llr += win if x else lose
        if llr > upper:
            return {"decision": "accept_h1", "n_used": n}
        if llr < lower:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
