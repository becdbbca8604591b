def lone_reading(log: list[int]) -> int:
    result = 0
    for bit in range(32):
        votes = 0
        for value in log:
            votes += (value >> bit) & 1
        if votes % 3:
            result |= 1 << bit
    if result >= 1 << 31:  # bit 31 is the sign bit of a 32-bit reading
        result -= 1 << 32
    return result
