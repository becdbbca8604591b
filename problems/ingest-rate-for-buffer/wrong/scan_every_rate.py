# verdict: Time Limit Exceeded
# Correct, but tries rates 0, 1, 2, ... one after another: the answer can be near 10**9.
def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    rate = 0
    while True:
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog > buffer:
                break
        else:
            return rate
        rate += 1
