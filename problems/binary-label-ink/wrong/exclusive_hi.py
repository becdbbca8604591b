# verdict: Wrong Answer
# Treats hi as excluded: the last parcel of every batch is left out.
def ink_for_batches(batches: list[list[int]]) -> list[int]:
    if not batches:
        return []
    top = max(hi for _, hi in batches)
    dots = [0] * (top + 1)
    for i in range(1, top + 1):
        dots[i] = dots[i >> 1] + (i & 1)
    before = [0]
    for d in dots:
        before.append(before[-1] + d)
    return [before[hi] - before[lo] for lo, hi in batches]
