def count_in_range(times, queries):
    n = len(times)
    def last_below(target, inclusive):
        low, high = 0, n - 1
        while low <= high:
            mid = (low + high) // 2
            if times[mid] < target or (inclusive and times[mid] == target):
                low = mid + 1
            else:
                high = mid - 1
        return high
    return [0 if lo > hi else last_below(hi, True) - last_below(lo, False) for lo, hi in queries]
