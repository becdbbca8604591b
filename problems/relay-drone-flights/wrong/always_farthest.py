# verdict: Wrong Answer
# Always flies as far as the battery allows, which can land on a dead mast or take longer.
def fewest_flights(ranges):
    last = len(ranges) - 1
    at, flights = 0, 0
    while at < last:
        if ranges[at] == 0:
            return -1
        at += ranges[at]
        flights += 1
    return flights
