# verdict: Wrong Answer
# Buckets 0 .. n-1 only: a count of n or more is put in bucket n-1, so the index can never
# reach n.
def reuse_index(reuses: list[int]) -> int:
    n = len(reuses)
    if n == 0:
        return 0
    buckets = [0] * n
    for count in reuses:
        buckets[min(count, n - 1)] += 1
    at_least = 0
    for h in range(n - 1, 0, -1):
        at_least += buckets[h]
        if at_least >= h:
            return h
    return 0
