# verdict: Wrong Answer
# Marks broken squares with ^=, so a square listed twice is unmarked again.
def count_queen_placements(n, broken):
    full = (1 << n) - 1
    blocked = [0] * n
    for r, c in broken:
        blocked[r] ^= 1 << c
    def place(row, cols, d, u):
        if row == n:
            return 1
        free = full & ~(cols | d | u | blocked[row])
        t = 0
        while free:
            b = free & -free
            free ^= b
            t += place(row + 1, cols | b, ((d | b) << 1) & full, (u | b) >> 1)
        return t
    return place(0, 0, 0, 0)
