# verdict: Time Limit Exceeded
# Correct, but walks the whole list for every query: O(n * q).
def count_in_range(times: list[int], queries: list[list[int]]) -> list[int]:
    answers = []
    for lo, hi in queries:
        count = 0
        for t in times:
            if lo <= t <= hi:
                count += 1
        answers.append(count)
    return answers
