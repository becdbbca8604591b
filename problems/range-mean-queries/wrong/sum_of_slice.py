# verdict: Time Limit Exceeded
# Correct, but sums a slice of every range with the builtin sum: still O(n * q), only in C.
def range_means(readings, queries):
    return [sum(readings[l:r + 1]) / (r - l + 1) for l, r in queries]
