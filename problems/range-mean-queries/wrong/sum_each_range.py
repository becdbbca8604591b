# verdict: Time Limit Exceeded
# Correct, but adds up every range from scratch: O(n * q).
def range_means(readings: list[int], queries: list[list[int]]) -> list[float]:
    answers = []
    for left, right in queries:
        total = 0
        for i in range(left, right + 1):
            total += readings[i]
        answers.append(total / (right - left + 1))
    return answers
