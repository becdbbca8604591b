# verdict: Wrong Answer
# Greedy: the most looked-up key of a range becomes its root, then the same on each side.
def min_comparisons(hits: list[int], misses: list[int]) -> int:
    total = 0
    stack = [(0, len(hits), 1)]  # keys i..j-1 hang at depth d
    while stack:
        i, j, d = stack.pop()
        if i == j:
            total += misses[i] * (d - 1)
            continue
        r = max(range(i, j), key=lambda k: (hits[k], misses[k] + misses[k + 1]))
        total += hits[r] * d
        stack += [(i, r, d + 1), (r + 1, j, d + 1)]
    return total
