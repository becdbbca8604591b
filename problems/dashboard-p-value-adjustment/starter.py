def adjust_p_values(p_values: list[float], method: str) -> list[float]:
    raise NotImplementedError
