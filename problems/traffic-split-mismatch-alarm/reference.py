import math


def _upper_tail(dof: int, statistic: float) -> float:
    """P(X >= statistic) for a chi-square X with a whole number of degrees of freedom."""
    y = statistic / 2.0
    if y <= 0.0:
        return 1.0
    if dof % 2 == 0:
        total = sum(math.exp(k * math.log(y) - y - math.lgamma(k + 1)) for k in range(dof // 2))
    else:
        total = math.erfc(math.sqrt(y)) + sum(
            math.exp((k - 0.5) * math.log(y) - y - math.lgamma(k + 0.5))
            for k in range(1, (dof + 1) // 2))
    return min(1.0, total)


def split_mismatch_alarm(counts: list[int], weights: list[float], threshold: float) -> dict:
    n = sum(counts)
    weight_sum = sum(weights)
    statistic = 0.0
    for observed, weight in zip(counts, weights):
        expected = n * weight / weight_sum
        statistic += (observed - expected) ** 2 / expected
    p_value = _upper_tail(len(counts) - 1, statistic)
    return {"statistic": statistic, "p_value": p_value, "mismatch": p_value < threshold}
