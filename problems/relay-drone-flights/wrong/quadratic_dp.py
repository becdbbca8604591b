# verdict: Time Limit Exceeded
# Correct: fewest flights to every mast by relaxing every mast within each range, O(n * range)
# which is O(n^2) when ranges are long.
def fewest_flights(ranges):
    n = len(ranges)
    best = [-1] * n
    best[0] = 0
    for i in range(n):
        if best[i] < 0:
            continue
        for j in range(i + 1, min(n - 1, i + ranges[i]) + 1):
            if best[j] < 0 or best[i] + 1 < best[j]:
                best[j] = best[i] + 1
    return best[n - 1]
