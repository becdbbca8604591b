# verdict: Wrong Answer
# Builds the balanced tree (the middle key of each range at its root), ignoring the counts.
def min_comparisons(hits: list[int], misses: list[int]) -> int:
    total = 0
    stack = [(0, len(hits), 1)]
    while stack:
        i, j, d = stack.pop()
        if i == j:
            total += misses[i] * (d - 1)
            continue
        r = (i + j) // 2
        total += hits[r] * d
        stack += [(i, r, d + 1), (r + 1, j, d + 1)]
    return total
