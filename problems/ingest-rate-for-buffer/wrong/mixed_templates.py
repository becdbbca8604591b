# verdict: Wrong Answer
# Mixes the two search templates: `while low < high` with `high = middle - 1` can step
# past the smallest fitting rate.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def fits(rate):
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog > buffer:
                return False
        return True

    low, high = 0, max(arrivals, default=0)
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle - 1
        else:
            low = middle + 1
    return low
