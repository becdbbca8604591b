# verdict: Wrong Answer
# Fills the table with float(\x27inf\x27) and starts at 0.0: the answer comes back as a float, not an int.
def cheapest_stops(fees):
    n = len(fees)
    dp = [float('inf')] * (n + 2)
    dp[0] = 0.0
    for i in range(1, n + 2):
        best = min(dp[max(0, i - 3):i])
        dp[i] = best + (fees[i - 1] if i <= n else 0)
    return dp[n + 1] if n else 0
