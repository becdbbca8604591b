def pack_kit(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    # Return (best total value within the capacity, increasing indices of one optimal set).
    raise NotImplementedError
