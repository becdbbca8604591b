def rolling_peaks(loads: list[int], width: int) -> list[int]:
    # Maximum of every window of `width` consecutive loads, in order.
    raise NotImplementedError
