# verdict: Wrong Answer
# Sorts, then deals the lower half to the even slots and the upper half to the odd slots,
# both in ascending order: copies of the median at the end of the lower half and the start
# of the upper half land next to each other.
def sawtooth_skyline(heights: list[int]) -> list[int]:
    ordered = sorted(heights)
    split = (len(ordered) + 1) // 2
    result = [0] * len(ordered)
    result[0::2] = ordered[:split]
    result[1::2] = ordered[split:]
    return result
