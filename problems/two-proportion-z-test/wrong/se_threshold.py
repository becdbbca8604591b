# verdict: Wrong Answer
# Treats se < 1e-9 as zero instead of testing the pooled rate for exactly 0 or 1: with one
# conversion in 2e9 visitors se is 1e-9 (a hair under, in floats) and z = 1, not 0.
import math
def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    if se < 1e-9:
        return {"z": 0.0, "p_value": 1.0}
    z = (successes_b / n_b - successes_a / n_a) / se
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2))}
