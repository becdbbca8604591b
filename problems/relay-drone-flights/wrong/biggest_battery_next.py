# verdict: Wrong Answer
# Picks the next mast with the biggest battery instead of the one whose battery reaches
# farthest (mast index plus range).
def fewest_flights(ranges):
    last = len(ranges) - 1
    at, flights = 0, 0
    while at < last:
        if at + ranges[at] >= last:
            return flights + 1
        if ranges[at] == 0:
            return -1
        best = at + 1
        for j in range(at + 1, at + ranges[at] + 1):
            if ranges[j] > ranges[best]:
                best = j
        at = best
        flights += 1
    return flights
