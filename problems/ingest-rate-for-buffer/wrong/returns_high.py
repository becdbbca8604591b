# verdict: Wrong Answer
# Inclusive bounds with high = middle - 1, then returns high: one below the answer.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog > buffer:
                return False
        return True

    low, high = 0, max(arrivals, default=0)
    while low <= high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle - 1
        else:
            low = middle + 1
    return max(high, 0)
