# verdict: Wrong Answer
# Computes the likelihood-ratio G statistic 2 * sum O * log(O / E) instead of the Pearson statistic.
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
    s = 0.0
    for o, w in zip(counts, weights):
        e = n * w / ws
        if o > 0:
            s += 2.0 * o * math.log(o / e)
    s = max(s, 0.0)
    p = _tail(len(counts) - 1, s)
    return {"statistic": s, "p_value": p, "mismatch": p < threshold}
