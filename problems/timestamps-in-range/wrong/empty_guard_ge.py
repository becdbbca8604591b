# verdict: Wrong Answer
# treats lo == hi as an empty range too
from bisect import bisect_left, bisect_right
def count_in_range(times, queries):
    return [0 if lo >= hi else bisect_right(times, hi) - bisect_left(times, lo) for lo, hi in queries]
