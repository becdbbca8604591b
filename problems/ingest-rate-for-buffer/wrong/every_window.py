# verdict: Time Limit Exceeded
# Correct formula (every run of hours must fit: rate >= (run total - buffer) / run length),
# but it checks all O(n^2) runs.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    best = 0
    n = len(arrivals)
    for start in range(n):
        total = 0
        for end in range(start, n):
            total += arrivals[end]
            need = -(-(total - buffer) // (end - start + 1))
            if need > best:
                best = need
    return best
