# verdict: Wrong Answer
# Measures the window as right - left, one short of its real length.
def longest_k_distinct(nums: list[int], k: int) -> int:
    counts: dict[int, int] = {}
    left = 0
    best = 0
    for right, value in enumerate(nums):
        counts[value] = counts.get(value, 0) + 1
        while len(counts) > k:
            counts[nums[left]] -= 1
            if counts[nums[left]] == 0:
                del counts[nums[left]]
            left += 1
        best = max(best, right - left)
    return best
