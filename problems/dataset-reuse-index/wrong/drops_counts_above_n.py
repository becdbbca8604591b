# verdict: Wrong Answer
# n + 1 buckets, but a count above n is skipped instead of being put in bucket n, so the
# most reused datasets are lost.
def reuse_index(reuses: list[int]) -> int:
    n = len(reuses)
    buckets = [0] * (n + 1)
    for count in reuses:
        if count <= n:
            buckets[count] += 1
    at_least = 0
    for h in range(n, 0, -1):
        at_least += buckets[h]
        if at_least >= h:
            return h
    return 0
