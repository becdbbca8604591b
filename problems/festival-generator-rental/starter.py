def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    raise NotImplementedError
