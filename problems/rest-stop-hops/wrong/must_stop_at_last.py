# verdict: Wrong Answer
# Forgets that the end lies beyond the last stop: always pays for stop n - 1.
def cheapest_stops(fees):
    best = []
    for i, fee in enumerate(fees):
        before = [best[j] for j in range(i - 3, i) if j >= 0]
        best.append(fee + (min(before) if i >= 3 else 0))
    return best[-1] if best else 0
