def min_comparisons(hits: list[int], misses: list[int]) -> int:
    n = len(hits)
    if n == 0:
        return 0
    pre = [0] * (2 * n + 2)  # prefix sums over gap 0, key 0, gap 1, key 1, ..., gap n
    seq = []
    for k in range(n):
        seq += [misses[k], hits[k]]
    seq.append(misses[n])
    for t, v in enumerate(seq):
        pre[t + 1] = pre[t] + v
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    root = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n):
        cost[i][i + 1] = misses[i] + hits[i] + misses[i + 1]
        root[i][i + 1] = i
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length
            best, best_r = None, i
            # Knuth: an optimal root lies between the optimal roots of the two sub-ranges
            for r in range(root[i][j - 1], root[i + 1][j] + 1):
                c = cost[i][r] + cost[r + 1][j]
                if best is None or c < best:
                    best, best_r = c, r
            cost[i][j] = best + pre[2 * j + 1] - pre[2 * i]
            root[i][j] = best_r
    return cost[0][n]
