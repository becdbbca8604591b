def min_ingest_rate(arrivals, buffer):
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog = backlog + amount - rate if backlog + amount > rate else 0
            if backlog > buffer:
                return False
        return True

    low, high, answer = 0, max(arrivals, default=0), None
    while low <= high:
        middle = (low + high) // 2
        if fits(middle):
            answer = middle
            high = middle - 1
        else:
            low = middle + 1
    return answer if answer is not None else 0
