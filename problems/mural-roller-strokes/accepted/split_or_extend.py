# Another recurrence: equal ends share a stroke (the last tile adds nothing); otherwise the
# best split into two independently painted parts.
def fewest_strokes(pattern):
    n = len(pattern)
    if n == 0:
        return 0
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            if pattern[i] == pattern[j]:
                dp[i][j] = dp[i][j - 1]
            else:
                dp[i][j] = min(dp[i][k] + dp[k + 1][j] for k in range(i, j))
    return dp[0][n - 1]
