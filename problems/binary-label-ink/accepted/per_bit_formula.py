def ink_for_batches(batches: list[list[int]]) -> list[int]:
    def ones_below(n: int) -> int:
        # 1 bits over 0 .. n - 1: bit b is set in whole cycles of 2**(b + 1), half of each
        total, bit = 0, 1
        while bit < n:
            cycle = bit << 1
            total += (n // cycle) * bit + max(0, n % cycle - bit)
            bit = cycle
        return total

    return [ones_below(hi + 1) - ones_below(lo) for lo, hi in batches]
