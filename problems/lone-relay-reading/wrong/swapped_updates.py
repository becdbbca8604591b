# verdict: Wrong Answer
# The two-mask counter with its updates in the other order: the bits seen once now end up in
# twos, so returning ones gives 0.
def lone_reading(log: list[int]) -> int:
    ones = twos = 0
    for value in log:
        twos = (twos ^ value) & ~ones
        ones = (ones ^ value) & ~twos
    return ones
