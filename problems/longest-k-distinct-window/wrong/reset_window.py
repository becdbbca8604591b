# verdict: Wrong Answer
# Starts a fresh window at the offending reading instead of sliding the left edge.
def longest_k_distinct(nums: list[int], k: int) -> int:
    if k == 0:
        return 0
    counts: dict[int, int] = {}
    left = 0
    best = 0
    for right, value in enumerate(nums):
        counts[value] = counts.get(value, 0) + 1
        if len(counts) > k:
            counts = {value: 1}
            left = right
        best = max(best, right - left + 1)
    return best
