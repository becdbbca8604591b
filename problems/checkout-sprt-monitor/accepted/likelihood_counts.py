import math


def sprt_conversion(conversions, p0, p1, alpha, beta):
    # llr after s conversions and f misses is s * ln(p1/p0) + f * ln((1-p1)/(1-p0))
    a = math.log(p1) - math.log(p0)
    b = math.log(1 - p1) - math.log(1 - p0)
    upper = math.log(1 - beta) - math.log(alpha)
    lower = math.log(beta) - math.log(1 - alpha)
    s = f = 0
    for x in conversions:
        if x:
            s += 1
        else:
            f += 1
        llr = s * a + f * b
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": s + f}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": s + f}
    return {"decision": "continue", "n_used": s + f}
