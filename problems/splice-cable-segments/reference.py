def min_splice_cost(lengths: list[int]) -> int:
    n = len(lengths)
    if n < 2:
        return 0
    prefix = [0]
    for length in lengths:
        prefix.append(prefix[-1] + length)
    # cost[i][j]: cheapest way to splice segments i..j into one; by_end[j][i] is the same
    # number stored by its right end, so both halves of a split are read along a row
    cost = [[0] * n for _ in range(n)]
    by_end = [[0] * n for _ in range(n)]
    for span in range(2, n + 1):
        for i in range(n - span + 1):
            j = i + span - 1
            left = cost[i]
            right = by_end[j]
            best = min(a + b for a, b in zip(left[i:j], right[i + 1:j + 1], strict=True))
            value = best + prefix[j + 1] - prefix[i]
            left[j] = value
            right[i] = value
    return cost[0][n - 1]
