# verdict: Time Limit Exceeded
# Correct, but tries every sequence of hops: exponential in the number of stops.
def cheapest_stops(fees):
    n = len(fees)

    def cost_from(position):
        options = [0] if position + 3 >= n else []
        for step in (1, 2, 3):
            nxt = position + step
            if nxt < n:
                options.append(fees[nxt] + cost_from(nxt))
        return min(options)

    return cost_from(-1)
