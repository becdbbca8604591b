# verdict: Wrong Answer
# returns a lazy map object
from bisect import bisect_left, bisect_right
def count_in_range(times, queries):
    return map(lambda q: max(0, bisect_right(times, q[1]) - bisect_left(times, q[0])), queries)
