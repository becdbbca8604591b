def efficacy_bounds(fractions: list[float], alpha: float) -> list[float]:
    raise NotImplementedError
