# verdict: Wrong Answer
# Always hops to the cheapest of the next three stops: locally cheap, globally not.
def cheapest_stops(fees):
    n = len(fees)
    position = -1
    total = 0
    while position + 3 < n:
        options = range(position + 1, position + 4)
        position = min(options, key=lambda i: fees[i])
        total += fees[position]
    return total
