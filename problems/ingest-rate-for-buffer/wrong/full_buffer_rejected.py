# verdict: Wrong Answer
# Treats a completely full buffer as an overflow (>= instead of >).
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog >= buffer and backlog > 0:
                return False
        return True

    low, high = 0, max(arrivals, default=0)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
