# verdict: Wrong Answer
# searches over [0, n-1], so a target past every timestamp lands on n-1
def count_in_range(times, queries):
    n = len(times)
    def first(target, strict):
        low, high = 0, max(n - 1, 0)
        while low < high:
            mid = (low + high) // 2
            if times[mid] < target or (strict and times[mid] == target):
                low = mid + 1
            else:
                high = mid
        return low
    return [0 if lo > hi else first(hi, True) - first(lo, False) for lo, hi in queries]
