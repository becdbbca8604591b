def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate: int) -> bool:
        backlog = 0
        for amount in arrivals:
            backlog += amount - rate
            if backlog < 0:
                backlog = 0
            elif backlog > buffer:
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
