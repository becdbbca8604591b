# verdict: Runtime Error
# Sizes the table for parcels 0 .. 10**6 - 1, so a batch ending at 10**6 reads past its end.
LIMIT = 10**6

dots = [0] * LIMIT
for i in range(1, LIMIT):
    dots[i] = dots[i >> 1] + (i & 1)
before = [0]
for d in dots:
    before.append(before[-1] + d)


def ink_for_batches(batches: list[list[int]]) -> list[int]:
    return [before[hi + 1] - before[lo] for lo, hi in batches]
