from bisect import bisect_right


def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    """Bottom-up merge sort; counts across each pair of runs with binary search."""
    runs = [[v] for v in pnl]
    count = 0
    while len(runs) > 1:
        paired = []
        for k in range(0, len(runs) - 1, 2):
            left, right = runs[k], runs[k + 1]
            for value in right:
                count += len(left) - bisect_right(left, factor * value)
            paired.append(sorted(left + right))
        if len(runs) % 2:
            paired.append(runs[-1])
        runs = paired
    return count
