# verdict: Wrong Answer
# Returns the summed tail without min(1.0, ...): statistic 2.2e-5 with dof 10 gives p = 1.0000000000000002.
import math


def _tail(dof, s):
    y = s / 2.0
    if y <= 0:
        return 1.0
    if dof % 2 == 0:
        t = sum(math.exp(j * math.log(y) - y - math.lgamma(j + 1)) for j in range(dof // 2))
    else:
        t = math.erfc(math.sqrt(y)) + sum(math.exp((j - 0.5) * math.log(y) - y - math.lgamma(j + 0.5))
                                          for j in range(1, (dof + 1) // 2))
    return min(1.0, t)



def split_mismatch_alarm(counts, weights, threshold):
    n = sum(counts)
    ws = sum(weights)
    s = sum((o - n * w / ws) ** 2 / (n * w / ws) for o, w in zip(counts, weights))
    p = min(1.0, _tail(len(counts) - 1, s)) if len(counts) == 2 else _raw(len(counts) - 1, s)
    return {"statistic": s, "p_value": p, "mismatch": p < threshold}


def _raw(dof, s):
    y = s / 2.0
    if y <= 0:
        return 1.0
    if dof % 2 == 0:
        return sum(math.exp(j * math.log(y) - y - math.lgamma(j + 1)) for j in range(dof // 2))
    return math.erfc(math.sqrt(y)) + sum(math.exp((j - 0.5) * math.log(y) - y - math.lgamma(j + 0.5))
                                         for j in range(1, (dof + 1) // 2))
