# verdict: Time Limit Exceeded
# Correct, but finds the nearest remaining locker with a full scan, k times: O(n * k).
def nearest_lockers(lockers, home, k):
    hx, hy = home
    dist = [(x - hx) ** 2 + (y - hy) ** 2 for x, y in lockers]
    taken = [False] * len(lockers)
    out = []
    for _ in range(k):
        best = -1
        for i, d in enumerate(dist):
            if not taken[i] and (best == -1 or d < dist[best]):
                best = i
        taken[best] = True
        out.append(best)
    return out
