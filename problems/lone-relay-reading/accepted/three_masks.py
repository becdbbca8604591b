def lone_reading(log: list[int]) -> int:
    ones = twos = 0
    for value in log:
        twos |= ones & value
        ones ^= value
        third = ones & twos
        ones &= ~third
        twos &= ~third
    return ones
