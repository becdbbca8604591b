# verdict: Time Limit Exceeded
# Correct but O(n) per query: far too slow for 2 * 10**5 queries on 2 * 10**5 elements.
def insert_positions(nums: list[int], queries: list[int]) -> list[int]:
    answers = []
    for q in queries:
        count = 0
        for value in nums:
            if value < q:
                count += 1
        answers.append(count)
    return answers
