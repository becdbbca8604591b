# verdict: Wrong Answer
# Divides instead of multiplying: pnl[i] // factor > pnl[j] loses the remainder, so
# 5 > 2 * 2 is missed (5 // 2 == 2).
def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    values = list(pnl)

    def rec(lo, hi):
        if hi - lo < 2:
            return 0
        mid = (lo + hi) // 2
        count = rec(lo, mid) + rec(mid, hi)
        i = lo
        for j in range(mid, hi):
            while i < mid and values[i] // factor <= values[j]:
                i += 1
            count += mid - i
        values[lo:hi] = sorted(values[lo:hi])
        return count

    return rec(0, len(values))
