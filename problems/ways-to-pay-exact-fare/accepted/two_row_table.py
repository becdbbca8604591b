# A 2-D table whose rows are one aliased list: the recurrence only reads row i - 1 at s
# before overwriting it, so the aliasing acts as a rolling 1-D array and stays correct.
def count_payments(coins, amount):
    MOD = 1_000_000_007
    kinds = sorted(set(coins))
    n = len(kinds)
    dp = [[0] * (amount + 1)] * (n + 1)
    dp[0][0] = 1
    for i in range(1, n + 1):
        c = kinds[i - 1]
        for s in range(amount + 1):
            dp[i][s] = dp[i - 1][s]
            if s >= c:
                dp[i][s] = (dp[i][s] + dp[i][s - c]) % MOD
    return dp[n][amount]
