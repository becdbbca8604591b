# verdict: Wrong Answer
# Reads bit 31 as a minus sign on the other 31 bits (sign and magnitude), not as two's
# complement: -1 comes back as -2147483647.
def lone_reading(log: list[int]) -> int:
    result = 0
    for bit in range(32):
        if sum(1 for value in log if value >> bit & 1) % 3:
            result |= 1 << bit
    if result & (1 << 31):
        result = -(result - (1 << 31))
    return result
