# verdict: Wrong Answer
# Counts bits 0..30 only and treats the sign as lost: every negative reading comes back
# non-negative.
def lone_reading(log: list[int]) -> int:
    result = 0
    for bit in range(31):
        count = 0
        for value in log:
            if value & (1 << bit):
                count += 1
        if count % 3 == 1:
            result |= 1 << bit
    return result
