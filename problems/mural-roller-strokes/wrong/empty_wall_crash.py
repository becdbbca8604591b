# verdict: Runtime Error
# A correct table, but an empty pattern has no cell dp[0][-1] to read.
def fewest_strokes(pattern):
    n = len(pattern)
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            if pattern[i] == pattern[j]:
                dp[i][j] = dp[i][j - 1]
            else:
                dp[i][j] = min(dp[i][k] + dp[k + 1][j] for k in range(i, j))
    return dp[0][n - 1]
