# verdict: Wrong Answer
# Divides by se + 1e-12 instead of handling the degenerate case (which it then gets right
# by luck): with 1e9 visitors per group and one conversion, se is 1e-9 and z is 0.1% low.
import math
def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = (successes_b / n_b - successes_a / n_a) / (se + 1e-12)
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2))}
