# verdict: Wrong Answer
# The stroke of tile i may reach a later tile of its colour, but the loop stops before j,
# so the last tile of the stretch can never share tile i's stroke.
def fewest_strokes(pattern):
    n = len(pattern)
    if n == 0:
        return 0
    dp = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            best = dp[i + 1][j] + 1
            for k in range(i + 1, j):
                if pattern[k] == pattern[i]:
                    best = min(best, dp[i + 1][k - 1] + dp[k][j])
            dp[i][j] = best
    return dp[0][n - 1]
