# verdict: Wrong Answer
# Tracks the window's values in a set: dropping the leftmost reading forgets its value even
# when another copy is still inside the window, so too-long windows are accepted.
def longest_k_distinct(nums: list[int], k: int) -> int:
    seen = set()
    left = 0
    best = 0
    for right, value in enumerate(nums):
        seen.add(value)
        while len(seen) > k:
            seen.discard(nums[left])
            left += 1
        best = max(best, right - left + 1)
    return best
