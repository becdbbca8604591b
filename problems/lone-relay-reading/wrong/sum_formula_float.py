# verdict: Wrong Answer
# 3 * (sum of distinct values) - (sum of the log) is twice the lone reading, but / returns a
# float, and the judge wants an int.
def lone_reading(log: list[int]) -> int:
    return (3 * sum(set(log)) - sum(log)) / 2
