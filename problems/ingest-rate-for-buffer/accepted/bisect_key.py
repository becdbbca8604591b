from bisect import bisect_left


def min_ingest_rate(arrivals: list[int], buffer: int) -> int:
    def overflows(rate):
        backlog = 0
        for amount in arrivals:
            backlog = max(0, backlog + amount - rate)
            if backlog > buffer:
                return True
        return False

    top = max(arrivals, default=0)
    # the key is False for small rates and True from the answer on.
    return bisect_left(range(top + 1), True, key=lambda rate: not overflows(rate))
