# verdict: Time Limit Exceeded
# Quickselect with the pivot taken from the middle position: fine on sorted input, but on
# a list that falls and then rises the middle is always the smallest value left, O(n^2).
def kth_smallest(latencies, k):
    vals = latencies; i = k - 1
    while True:
        p = vals[len(vals) // 2]
        lo = [v for v in vals if v < p]
        if i < len(lo):
            vals = lo; continue
        eq = sum(1 for v in vals if v == p)
        if i < len(lo) + eq:
            return p
        i -= len(lo) + eq
        vals = [v for v in vals if v > p]
