# verdict: Wrong Answer
# Uses the unpooled standard error sqrt(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b), the one for a
# confidence interval, instead of the pooled one the test assumes under the null.
import math


def two_proportion_z_test(successes_a, n_a, successes_b, n_b):
    p_a, p_b = successes_a / n_a, successes_b / n_b
    variance = p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b
    if variance == 0:
        return {"z": 0.0, "p_value": 1.0}
    z = (p_b - p_a) / math.sqrt(variance)
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2))}
