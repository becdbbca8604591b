def ink_for_batches(batches: list[list[int]]) -> list[int]:
    if len(batches) == 0:
        return []
    top = max(b[1] for b in batches)
    dots = [0] * (top + 1)
    for i in range(1, top + 1):
        dots[i] = dots[i & (i - 1)] + 1
    total = 0
    upto = []
    for d in dots:
        total += d
        upto.append(total)
    out = []
    for lo, hi in batches:
        out.append(upto[hi] - (upto[lo - 1] if lo > 0 else 0))
    return out
