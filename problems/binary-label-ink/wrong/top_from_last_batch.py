# verdict: Runtime Error
# Sizes the table by the last batch's hi, as if the batches came sorted.
def ink_for_batches(batches: list[list[int]]) -> list[int]:
    if not batches:
        return []
    top = batches[-1][1]
    dots = [0] * (top + 1)
    for i in range(1, top + 1):
        dots[i] = dots[i >> 1] + (i & 1)
    before = [0]
    for d in dots:
        before.append(before[-1] + d)
    return [before[hi + 1] - before[lo] for lo, hi in batches]
