# verdict: Wrong Answer
# [[0] * (m + 1)] * (n + 1) row aliasing
def min_edit_cost(source, target, insert_cost, delete_cost, replace_cost):
    n, m = len(source), len(target)
    dp = [[0] * (m + 1)] * (n + 1)
    for j in range(m + 1):
        dp[0][j] = j * insert_cost
    for i in range(1, n + 1):
        dp[i][0] = i * delete_cost
        for j in range(1, m + 1):
            same = source[i - 1] == target[j - 1]
            dp[i][j] = min(dp[i - 1][j] + delete_cost, dp[i][j - 1] + insert_cost,
                           dp[i - 1][j - 1] + (0 if same else replace_cost))
    return dp[n][m]
