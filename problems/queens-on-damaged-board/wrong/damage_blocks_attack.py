# verdict: Wrong Answer
# Takes a broken square between two queens to block their attack; queens attack across it.
def count_queen_placements(n, broken):
    bad = {(r, c) for r, c in broken}
    qs = []
    def attacks(r1, c1, r2, c2):
        dr, dc = r2 - r1, c2 - c1
        if not (dc == 0 or abs(dr) == abs(dc)):
            return False
        sr = (dr > 0) - (dr < 0); sc = (dc > 0) - (dc < 0)
        r, c = r1 + sr, c1 + sc
        while (r, c) != (r2, c2):
            if (r, c) in bad:
                return False
            r += sr; c += sc
        return True
    def go(r):
        if r == n:
            return 1
        t = 0
        for c in range(n):
            if (r, c) in bad or any(attacks(qr, qc, r, c) for qr, qc in qs):
                continue
            qs.append((r, c)); t += go(r + 1); qs.pop()
        return t
    return go(0)
