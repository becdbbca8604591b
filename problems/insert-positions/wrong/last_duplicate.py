# verdict: Wrong Answer
# Uses <= instead of <, so it lands after a run of duplicates.
def insert_positions(nums: list[int], queries: list[int]) -> list[int]:
    def search(target: int) -> int:
        low, high = 0, len(nums)
        while low < high:
            middle = (low + high) // 2
            if nums[middle] <= target:
                low = middle + 1
            else:
                high = middle
        return low

    return [search(q) for q in queries]
