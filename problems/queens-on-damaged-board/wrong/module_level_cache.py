# verdict: Wrong Answer
# lru_cache on a module-level helper keyed on n and the masks but not the damage: a later call
# with other broken squares reuses the counts of an earlier one.
from functools import lru_cache
_blocked = []
@lru_cache(maxsize=None)
def _place(n, row, cols, d, u):
    full = (1 << n) - 1
    if row == n:
        return 1
    free = full & ~(cols | d | u | _blocked[row])
    t = 0
    while free:
        b = free & -free
        free ^= b
        t += _place(n, row + 1, cols | b, ((d | b) << 1) & full, (u | b) >> 1)
    return t
def count_queen_placements(n, broken):
    _blocked[:] = [0] * n
    for r, c in broken:
        _blocked[r] |= 1 << c
    return _place(n, 0, 0, 0, 0)
