# verdict: Wrong Answer
# Finds the first timestamp >= hi instead of > hi, so events exactly at hi are dropped.
def count_in_range(times: list[int], queries: list[list[int]]) -> list[int]:
    def first_at_least(target: int) -> int:
        low, high = 0, len(times)
        while low < high:
            middle = (low + high) // 2
            if times[middle] < target:
                low = middle + 1
            else:
                high = middle
        return low

    return [max(0, first_at_least(hi) - first_at_least(lo)) for lo, hi in queries]
