def earliest_arrivals(n: int, lines: list[list[int]], start: int, t0: int) -> list[int]:
    # Return the earliest minute you can be at each port, -1 where unreachable.
    raise NotImplementedError
