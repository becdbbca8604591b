def cheapest_stops(fees: list[int]) -> int:
    # best[i] for the last three positions: cheapest cost of a trip that stops at i
    a = b = c = 0  # positions -3, -2, -1: only -1 (the start) is real, the others cost 0
    for fee in fees:
        a, b, c = b, c, fee + min(a, b, c)
    return min(a, b, c)
