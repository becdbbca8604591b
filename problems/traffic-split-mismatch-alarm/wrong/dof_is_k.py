# verdict: Wrong Answer
# Uses k degrees of freedom (one per arm) instead of k - 1: the counts must add up to N, which fixes one.
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
    p = _tail(len(counts), s)
    return {"statistic": s, "p_value": p, "mismatch": p < threshold}
