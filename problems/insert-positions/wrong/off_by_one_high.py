# verdict: Wrong Answer
# Searches [0, len - 1], so it can never answer len(nums).
def insert_positions(nums: list[int], queries: list[int]) -> list[int]:
    def search(target: int) -> int:
        low, high = 0, max(len(nums) - 1, 0)
        while low < high:
            middle = (low + high) // 2
            if nums[middle] < target:
                low = middle + 1
            else:
                high = middle
        return low

    return [search(q) for q in queries]
