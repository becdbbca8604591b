# verdict: Time Limit Exceeded
# Correct, but log.count scans the whole log for every reading: O(n^2).
def lone_reading(log: list[int]) -> int:
    for value in log:
        if log.count(value) == 1:
            return value
    raise ValueError("no lone reading")
