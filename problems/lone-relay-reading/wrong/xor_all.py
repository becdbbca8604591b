# verdict: Wrong Answer
# The trick for pairs: XOR cancels a value seen twice, but three copies XOR to the value.
def lone_reading(log: list[int]) -> int:
    result = 0
    for value in log:
        result ^= value
    return result
