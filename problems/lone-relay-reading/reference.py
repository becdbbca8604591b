def lone_reading(log: list[int]) -> int:
    # Bit by bit, (twos, ones) count the readings seen with that bit set, modulo 3:
    # 00 -> 01 -> 10 -> 00. After every triple the count is back to 00, so ones ends up
    # holding exactly the bits of the lone reading (sign included: Python's ints behave as
    # infinite two's complement).
    ones = twos = 0
    for value in log:
        ones = (ones ^ value) & ~twos
        twos = (twos ^ value) & ~ones
    return ones
