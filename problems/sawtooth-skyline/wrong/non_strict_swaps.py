# verdict: Wrong Answer
# One pass of neighbour swaps: fine for the non-strict h[0] <= h[1] >= h[2] ..., but it
# leaves equal heights side by side, which the strict rule forbids.
def sawtooth_skyline(heights: list[int]) -> list[int]:
    h = list(heights)
    for i in range(len(h) - 1):
        if (i % 2 == 0 and h[i] > h[i + 1]) or (i % 2 == 1 and h[i] < h[i + 1]):
            h[i], h[i + 1] = h[i + 1], h[i]
    return h
