# verdict: Wrong Answer
# Counts a miss as one comparison more than the depth of its last node (as if the missing
# child were a node too), so every empty range already costs its gap's misses.
def min_comparisons(hits: list[int], misses: list[int]) -> int:
    n = len(hits)
    e = [[0] * (n + 1) for _ in range(n + 1)]
    w = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        e[i][i] = w[i][i] = misses[i]
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length
            w[i][j] = w[i][j - 1] + hits[j - 1] + misses[j]
            e[i][j] = w[i][j] + min(e[i][r] + e[r + 1][j] for r in range(i, j))
    return e[0][n] if n else 0
