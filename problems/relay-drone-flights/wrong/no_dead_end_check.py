# verdict: Wrong Answer
# The usual one-pass greedy without checking that the current mast is reachable at all, so it
# returns a count even when the drone is stuck.
def fewest_flights(ranges):
    flights, end, farthest = 0, 0, 0
    for i in range(len(ranges) - 1):
        farthest = max(farthest, i + ranges[i])
        if i == end:
            flights += 1
            end = farthest
    return flights
