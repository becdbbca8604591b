def sprt_conversion(conversions: list[int], p0: float, p1: float, alpha: float,
                    beta: float) -> dict:
    raise NotImplementedError
