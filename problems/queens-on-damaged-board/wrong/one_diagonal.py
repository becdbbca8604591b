# verdict: Wrong Answer
# Checks rows, columns and the down-right diagonals, but forgets the up-right diagonals.
def count_queen_placements(n, broken):
    damaged = {(r, c) for r, c in broken}

    def place(row, cols, down):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if (row, c) in damaged or c in cols or row - c in down:
                continue
            total += place(row + 1, cols | {c}, down | {row - c})
        return total

    return place(0, frozenset(), frozenset())
