# verdict: Wrong Answer
# Sorts the log in place to find the odd one out: the answer is right, but the caller's log
# is changed.
def lone_reading(log: list[int]) -> int:
    log.sort()
    for i in range(0, len(log) - 1, 3):
        if log[i] != log[i + 1]:
            return log[i]
    return log[-1]
