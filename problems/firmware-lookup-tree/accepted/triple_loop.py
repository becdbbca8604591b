def min_comparisons(hits: list[int], misses: list[int]) -> int:
    n = len(hits)
    # e[i][j]: cheapest tree of keys i..j-1; w[i][j]: all lookups that enter it
    e = [[0] * (n + 1) for _ in range(n + 1)]
    w = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        w[i][i] = misses[i]
    for length in range(1, n + 1):
        for i in range(n - length + 1):
            j = i + length
            w[i][j] = w[i][j - 1] + hits[j - 1] + misses[j]
            best = e[i][i] + e[i + 1][j]
            for r in range(i + 1, j):
                c = e[i][r] + e[r + 1][j]
                if c < best:
                    best = c
            e[i][j] = best + w[i][j]
    return e[0][n]
