# verdict: Wrong Answer
# Counts the 32 bits correctly but never turns bit 31 back into a sign: -5 comes back as
# 4294967291.
def lone_reading(log: list[int]) -> int:
    result = 0
    for bit in range(32):
        count = sum((value >> bit) & 1 for value in log)
        if count % 3:
            result |= 1 << bit
    return result
