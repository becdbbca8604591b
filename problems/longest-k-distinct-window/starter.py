def longest_k_distinct(nums: list[int], k: int) -> int:
    # Return the length of the longest contiguous block of nums with at most k distinct values.
    raise NotImplementedError
