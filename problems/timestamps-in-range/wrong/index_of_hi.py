# verdict: Wrong Answer
# upper end found by bisect_left(hi) + 1, wrong when hi is absent or repeated
from bisect import bisect_left
def count_in_range(times, queries):
    out = []
    for lo, hi in queries:
        if lo > hi:
            out.append(0)
            continue
        r = bisect_left(times, hi)
        if r < len(times) and times[r] == hi:
            r += 1
        out.append(r - bisect_left(times, lo))
    return out
