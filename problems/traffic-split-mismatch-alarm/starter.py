import math


def split_mismatch_alarm(counts: list[int], weights: list[float], threshold: float) -> dict:
    # Return {"statistic": float, "p_value": float, "mismatch": bool}.
    raise NotImplementedError(math.erfc(0.0))
