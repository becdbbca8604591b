def count_queen_placements(n: int, broken: list[list[int]]) -> int:
    full = (1 << n) - 1
    # blocked[r]: bit c is set when square (r, c) is broken
    blocked = [0] * n
    for r, c in broken:
        blocked[r] |= 1 << c

    def place(row: int, cols: int, down: int, up: int) -> int:
        # cols / down / up: columns and the two diagonal directions already attacked in
        # this row, as bit masks
        if row == n:
            return 1
        free = full & ~(cols | down | up | blocked[row])
        total = 0
        while free:
            bit = free & -free
            free ^= bit
            total += place(row + 1, cols | bit, ((down | bit) << 1) & full, (up | bit) >> 1)
        return total

    return place(0, 0, 0, 0)
