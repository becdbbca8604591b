# verdict: Wrong Answer
# Sorts the days first and counts with two pointers: fast, but it forgets that the
# earlier day must come first, so it counts every unordered pair that qualifies.
def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    values = sorted(pnl)
    count = 0
    i = 0
    for j, later in enumerate(values):
        bound = factor * later
        while i < len(values) and values[i] <= bound:
            i += 1
        count += len(values) - i
    return count
