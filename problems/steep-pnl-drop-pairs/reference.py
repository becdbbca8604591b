def steep_drop_pairs(pnl: list[int], factor: int) -> int:
    values = list(pnl)

    def sort_and_count(lo: int, hi: int) -> int:
        """Sort values[lo:hi] ascending; return the steep drops with both days inside."""
        if hi - lo < 2:
            return 0
        mid = (lo + hi) // 2
        count = sort_and_count(lo, mid) + sort_and_count(mid, hi)

        # Both halves are sorted. As the later day's value grows, so does the bound
        # factor * value (factor > 0), so the first earlier value above it only moves right.
        i = lo
        for j in range(mid, hi):
            bound = factor * values[j]
            while i < mid and values[i] <= bound:
                i += 1
            count += mid - i

        merged = []
        a, b = lo, mid
        while a < mid and b < hi:
            if values[a] <= values[b]:
                merged.append(values[a])
                a += 1
            else:
                merged.append(values[b])
                b += 1
        merged.extend(values[a:mid])
        merged.extend(values[b:hi])
        values[lo:hi] = merged
        return count

    return sort_and_count(0, len(values))
