# verdict: Time Limit Exceeded
# Correct, but picks the nearest remaining dock k times: O(n * k).
def nearest_docks(docks, k):
    keys = [(x * x + y * y, i) for i, (x, y) in enumerate(docks)]
    taken = []
    for _ in range(k):
        best = min(keys)
        keys.remove(best)
        taken.append(best[1])
    return sorted(taken)
