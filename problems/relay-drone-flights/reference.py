def fewest_flights(ranges: list[int]) -> int:
    last = len(ranges) - 1
    flights = 0
    reach_now = 0   # farthest mast reachable with `flights` flights
    reach_next = 0  # farthest mast reachable with one flight more
    i = 0
    while reach_now < last:
        # every mast up to reach_now is reachable now: see how far one more flight goes
        while i <= reach_now:
            reach_next = max(reach_next, i + ranges[i])
            i += 1
        if reach_next <= reach_now:
            return -1
        flights += 1
        reach_now = reach_next
    return flights
