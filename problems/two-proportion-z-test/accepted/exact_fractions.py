# Another correct style: exact rational arithmetic for the rate difference and the pooled
# variance, and the degenerate case tested on the integer counts.
import math
from fractions import Fraction
def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    s, n = successes_a + successes_b, n_a + n_b
    if s == 0 or s == n:
        return {"z": 0.0, "p_value": 1.0}
    diff = Fraction(successes_b, n_b) - Fraction(successes_a, n_a)
    var = Fraction(s * (n - s), n * n) * (Fraction(1, n_a) + Fraction(1, n_b))
    z = float(diff) / math.sqrt(float(var))
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2))}
