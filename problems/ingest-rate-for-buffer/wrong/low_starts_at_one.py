# verdict: Wrong Answer
# Searches rates from 1: a buffer that holds everything still gets rate 1 instead of 0.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog > buffer:
                return False
        return True

    low, high = 1, max(arrivals, default=1)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    return low
