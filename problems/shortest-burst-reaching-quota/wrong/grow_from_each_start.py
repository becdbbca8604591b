# verdict: Time Limit Exceeded
# Correct, but grows a window from every start minute: O(n^2) when windows are long.
def shortest_burst(amounts: list[int], quota: int) -> int:
    best = 0
    n = len(amounts)
    for start in range(n):
        total = 0
        for end in range(start, n):
            total += amounts[end]
            if total >= quota:
                if best == 0 or end - start + 1 < best:
                    best = end - start + 1
                break
    return best
