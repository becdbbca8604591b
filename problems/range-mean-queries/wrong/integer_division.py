# verdict: Wrong Answer
# Divides with //, which floors the mean to an int.
def range_means(readings: list[int], queries: list[list[int]]) -> list[float]:
    prefix = [0]
    for value in readings:
        prefix.append(prefix[-1] + value)
    return [(prefix[right + 1] - prefix[left]) // (right - left + 1) for left, right in queries]
