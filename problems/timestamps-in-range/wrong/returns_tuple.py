# verdict: Wrong Answer
# returns a tuple where a list is asked
from bisect import bisect_left, bisect_right
def count_in_range(times, queries):
    return tuple(max(0, bisect_right(times, hi) - bisect_left(times, lo)) for lo, hi in queries)
