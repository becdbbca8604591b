def min_splice_cost(lengths):
    n = len(lengths)
    if n < 2:
        return 0
    p = [0]
    for x in lengths:
        p.append(p[-1] + x)
    dp = [[0] * n for _ in range(n)]
    opt = [[i] * n for i in range(n)]
    for span in range(2, n + 1):
        for i in range(n - span + 1):
            j = i + span - 1
            best, arg = None, i
            for k in range(opt[i][j - 1], min(opt[i + 1][j], j - 1) + 1):
                c = dp[i][k] + dp[k + 1][j]
                if best is None or c < best:
                    best, arg = c, k
            dp[i][j] = best + p[j + 1] - p[i]
            opt[i][j] = arg
    return dp[0][n - 1]
