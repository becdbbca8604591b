import math


def two_proportion_z_test(successes_a: int, n_a: int, successes_b: int,
                          n_b: int) -> dict[str, float]:
    pooled = (successes_a + successes_b) / (n_a + n_b)
    variance = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    if variance <= 0.0:
        return {"z": 0.0, "p_value": 1.0}
    z = (successes_b / n_b - successes_a / n_a) / math.sqrt(variance)
    return {"z": z, "p_value": math.erfc(abs(z) / math.sqrt(2.0))}
