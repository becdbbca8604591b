# verdict: Time Limit Exceeded
# Correct, but extends a window from every start: O(n^2) when long windows qualify.
def longest_k_distinct(nums: list[int], k: int) -> int:
    best = 0
    n = len(nums)
    for start in range(n):
        seen = set()
        end = start
        while end < n:
            if nums[end] not in seen:
                if len(seen) == k:
                    break
                seen.add(nums[end])
            end += 1
        best = max(best, end - start)
    return best
