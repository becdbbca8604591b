# verdict: Memory Limit Exceeded
# Counting sort with one bucket per possible count up to the largest one, instead of
# capping at n: counts reach 10**9, so the bucket list is gigabytes.
def reuse_index(reuses: list[int]) -> int:
    if not reuses:
        return 0
    top = max(reuses)
    buckets = [0] * (top + 1)
    for count in reuses:
        buckets[count] += 1
    at_least = 0
    for h in range(top, 0, -1):
        at_least += buckets[h]
        if at_least >= h:
            return min(h, len(reuses))
    return 0
