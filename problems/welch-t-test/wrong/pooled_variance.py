# verdict: Wrong Answer
# Student's t-test: pools the two variances and uses n_a + n_b - 2 degrees of freedom.
import math


def welch_t_test(a, b):
    n_a, n_b = len(a), len(b)
    pooled = ((n_a - 1) * a.var(ddof=1) + (n_b - 1) * b.var(ddof=1)) / (n_a + n_b - 2)
    t = (b.mean() - a.mean()) / math.sqrt(pooled * (1 / n_a + 1 / n_b))
    return {"t": float(t), "df": float(n_a + n_b - 2),
            "p_value": math.erfc(abs(t) / math.sqrt(2))}
