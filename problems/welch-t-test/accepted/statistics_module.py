# Another correct style: the statistics module (variance with divisor n - 1, fmean) on Python
# floats, and the p-value as 2 * (1 - Phi(|t|)) read literally.
import math, statistics
def welch_t_test(a, b):
    a = [float(v) for v in a]; b = [float(v) for v in b]
    va = statistics.variance(a) / len(a); vb = statistics.variance(b) / len(b)
    t = (statistics.fmean(b) - statistics.fmean(a)) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return {"t": t, "df": df, "p_value": 2 * (1 - statistics.NormalDist().cdf(abs(t)))}
