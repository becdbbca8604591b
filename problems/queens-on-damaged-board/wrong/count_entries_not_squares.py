# verdict: Wrong Answer
# Returns 0 when len(broken) > n * n - n (fewer than n squares left), but broken may repeat a
# square, so the list can be long while few squares are broken.
def count_queen_placements(n, broken):
    if len(broken) > n * n - n:
        return 0
    bad = {(r, c) for r, c in broken}
    cols, d1, d2 = set(), set(), set()
    def go(r):
        if r == n:
            return 1
        t = 0
        for c in range(n):
            if (r, c) in bad or c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            t += go(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)
        return t
    return go(0)
