def can_load_evenly(weights: list[int]) -> bool:
    raise NotImplementedError
