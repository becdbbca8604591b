# verdict: Time Limit Exceeded
# Correct, but compares every pair of days: O(n^2), about 5 * 10**9 comparisons at n = 10**5.
def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    count = 0
    n = len(pnl)
    for i in range(n):
        earlier = pnl[i]
        for j in range(i + 1, n):
            if earlier > factor * pnl[j]:
                count += 1
    return count
