# verdict: Wrong Answer
# Counts the placements on an intact board: the broken squares are never looked at.
def count_queen_placements(n, broken):
    def place(row, cols, down, up):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row - c in down or row + c in up:
                continue
            total += place(row + 1, cols | {c}, down | {row - c}, up | {row + c})
        return total

    return place(0, frozenset(), frozenset(), frozenset())
