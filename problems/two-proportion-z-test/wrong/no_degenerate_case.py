# verdict: Wrong Answer
# Forgets the degenerate case: with a pooled rate of 0 or 1 it divides 0 by 0 and returns nan.
import math


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    pooled = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    diff = successes_b / n_b - successes_a / n_a
    z = diff / se if se > 0 else float("nan")
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2))}
