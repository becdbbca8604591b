# verdict: Wrong Answer
# The textbook interval DP over the found keys only: the misses are never counted.
def min_comparisons(hits: list[int], misses: list[int]) -> int:
    n = len(hits)
    pre = [0]
    for h in hits:
        pre.append(pre[-1] + h)
    e = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length
            e[i][j] = pre[j] - pre[i] + min(e[i][r] + e[r + 1][j] for r in range(i, j))
    return e[0][n]
