def longest_k_distinct(nums, k):
    counts = {}; left = 0
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
        if len(counts) > k:
            y = nums[left]; counts[y] -= 1
            if counts[y] == 0: del counts[y]
            left += 1
    return len(nums) - left
