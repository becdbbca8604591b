# verdict: Wrong Answer
# A miss adds ln((1 - p0) / (1 - p1)), the ratio upside down, so misses push towards H1.
import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    llr = 0.0
    for n, x in enumerate(conversions, start=1):
        llr += math.log(p1 / p0) if x else math.log((1 - p0) / (1 - p1))
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
