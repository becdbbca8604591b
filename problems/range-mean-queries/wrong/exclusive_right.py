# verdict: Wrong Answer
# Treats right as exclusive: it drops the last reading of each range.
def range_means(readings: list[int], queries: list[list[int]]) -> list[float]:
    prefix = [0]
    for value in readings:
        prefix.append(prefix[-1] + value)
    answers = []
    for left, right in queries:
        width = max(right - left, 1)
        answers.append((prefix[right] - prefix[left]) / width)
    return answers
