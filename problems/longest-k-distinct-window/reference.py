def longest_k_distinct(nums: list[int], k: int) -> int:
    counts: dict[int, int] = {}
    left = 0
    best = 0
    for right, value in enumerate(nums):
        counts[value] = counts.get(value, 0) + 1
        while len(counts) > k:
            gone = nums[left]
            counts[gone] -= 1
            if counts[gone] == 0:
                del counts[gone]
            left += 1
        if right - left + 1 > best:
            best = right - left + 1
    return best
