# verdict: Wrong Answer
# Forgets that lo > hi is an empty range: the difference of positions goes negative.
def count_in_range(times: list[int], queries: list[list[int]]) -> list[int]:
    def search(target: int, inclusive: bool) -> int:
        low, high = 0, len(times)
        while low < high:
            middle = (low + high) // 2
            if times[middle] < target or (inclusive and times[middle] == target):
                low = middle + 1
            else:
                high = middle
        return low

    return [search(hi, True) - search(lo, False) for lo, hi in queries]
