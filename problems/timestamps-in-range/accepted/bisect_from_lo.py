from bisect import bisect_left, bisect_right
def count_in_range(times, queries):
    out = []
    for lo, hi in queries:
        start = bisect_left(times, lo)
        out.append(bisect_right(times, hi, lo=start) - start)
    return out
