def has_close_pair(readings: list[int], max_gap: int, tolerance: int) -> bool:
    if len(readings) < 2 or max_gap == 0:
        return False
    low = min(readings)
    width = tolerance + 1
    window: dict[int, int] = {}
    for i, value in enumerate(readings):
        if i > max_gap:
            window.pop((readings[i - max_gap - 1] - low) // width)
        key = (value - low) // width
        if key in window:
            return True
        for neighbour in (key - 1, key + 1):
            other = window.get(neighbour)
            if other is not None and abs(other - value) <= tolerance:
                return True
        window[key] = value
    return False
