from itertools import accumulate


def ink_for_batches(batches: list[list[int]]) -> list[int]:
    if not batches:
        return []
    top = max(hi for _, hi in batches)
    # dots[i]: set bits of i, which are those of i >> 1 plus its lowest bit
    dots = [0] * (top + 1)
    for i in range(1, top + 1):
        dots[i] = dots[i >> 1] + (i & 1)
    # before[k]: the dots of all parcels 0 .. k - 1
    before = list(accumulate(dots, initial=0))
    return [before[hi + 1] - before[lo] for lo, hi in batches]
