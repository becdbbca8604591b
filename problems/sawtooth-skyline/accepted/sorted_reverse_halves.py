def sawtooth_skyline(heights: list[int]) -> list[int]:
    ordered = sorted(heights)
    split = (len(ordered) + 1) // 2
    result = [0] * len(ordered)
    result[0::2] = ordered[:split][::-1]
    result[1::2] = ordered[split:][::-1]
    return result
