import math

SLACK = 1e-9


def sprt_conversion(conversions: list[int], p0: float, p1: float, alpha: float,
                    beta: float) -> dict:
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    step_success = math.log(p1 / p0)
    step_failure = math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for n, converted in enumerate(conversions, start=1):
        llr += step_success if converted == 1 else step_failure
        if llr >= upper - SLACK:
            return {"decision": "accept_h1", "n_used": n}
        if llr <= lower + SLACK:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}
