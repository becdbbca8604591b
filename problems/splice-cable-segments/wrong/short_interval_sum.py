# verdict: Wrong Answer
# Off by one in the prefix sums: the cost of a splice leaves out the last segment of the
# interval.
def min_splice_cost(lengths: list[int]) -> int:
    n = len(lengths)
    if n < 2:
        return 0
    prefix = [0]
    for length in lengths:
        prefix.append(prefix[-1] + length)
    cost = [[0] * n for _ in range(n)]
    for span in range(2, n + 1):
        for i in range(n - span + 1):
            j = i + span - 1
            best = min(cost[i][k] + cost[k + 1][j] for k in range(i, j))
            cost[i][j] = best + prefix[j] - prefix[i]
    return cost[0][n - 1]
