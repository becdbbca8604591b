def flash_order(n: int, deps: list[list[int]]) -> list[int]:
    raise NotImplementedError
