def nearest_cheaper(prices: list[int]) -> list[list[int]]:
    # For each day: [closest earlier strictly-lower day or -1, closest later one or len(prices)].
    raise NotImplementedError
