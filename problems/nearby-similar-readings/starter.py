def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    # True if some i != j have |i - j| <= max_gap and |readings[i] - readings[j]| <= tolerance.
    raise NotImplementedError
