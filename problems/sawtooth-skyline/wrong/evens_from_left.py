# verdict: Wrong Answer
# Finds the median and sends larger heights to the odd slots and smaller ones to the even
# slots, but fills both from the left: the median's copies all end up at the right end,
# where they stand side by side.
def sawtooth_skyline(heights: list[int]) -> list[int]:
    n = len(heights)
    if n < 2:
        return list(heights)
    median = sorted(heights)[(n - 1) // 2]
    result = [median] * n
    odd, even = 1, 0
    for value in heights:
        if value > median:
            result[odd] = value
            odd += 2
        elif value < median:
            result[even] = value
            even += 2
    return result
