# verdict: Wrong Answer
# Forgets the max(0, ...): quiet hours leave a negative backlog that absorbs later bursts.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog += amount - rate
            if backlog > buffer:
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
