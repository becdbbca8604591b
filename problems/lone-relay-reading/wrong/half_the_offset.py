# verdict: Wrong Answer
# Subtracts 2**31 instead of 2**32 when the sign bit is set.
def lone_reading(log: list[int]) -> int:
    result = 0
    for bit in range(32):
        if sum(1 for value in log if value >> bit & 1) % 3:
            result |= 1 << bit
    if result >= 2**31:
        result -= 2**31
    return result
