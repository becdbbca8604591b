def count_in_range(times, queries):
    # offline: answer prefix counts at every endpoint with one merge walk
    points = sorted({p for q in queries for p in (q[0] - 1, q[1])})
    below = {}
    i = 0
    for p in points:
        while i < len(times) and times[i] <= p:
            i += 1
        below[p] = i
    return [max(0, below[hi] - below[lo - 1]) for lo, hi in queries]
