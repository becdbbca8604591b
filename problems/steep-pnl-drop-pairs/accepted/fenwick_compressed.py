from bisect import bisect_right


def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    levels = sorted(set(pnl))
    size = len(levels)
    tree = [0] * (size + 1)
    count = 0
    for seen, value in enumerate(pnl):
        # earlier days whose value is <= factor * value
        k = bisect_right(levels, factor * value)
        at_most = 0
        while k > 0:
            at_most += tree[k]
            k -= k & -k
        count += seen - at_most
        k = bisect_right(levels, value)
        while k <= size:
            tree[k] += 1
            k += k & -k
    return count
