# verdict: Wrong Answer
# Treats the upper bound as exclusive twice: it can never answer max(arrivals), which is the
# answer whenever the buffer is too small for any single hour's excess.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog > buffer:
                return False
        return True

    low, high = 0, max(max(arrivals, default=0) - 1, 0)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
