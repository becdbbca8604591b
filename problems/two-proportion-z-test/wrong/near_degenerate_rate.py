# verdict: Wrong Answer
# Treats a pooled rate within 1e-9 of 0 or 1 as degenerate: one conversion in 2e9 visitors
# (pooled rate 5e-10) still gives z = 1.
import math
def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p = (successes_a + successes_b) / (n_a + n_b)
    if p < 1e-9 or p > 1 - 1e-9:
        return {"z": 0.0, "p_value": 1.0}
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = (successes_b / n_b - successes_a / n_a) / se
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2))}
