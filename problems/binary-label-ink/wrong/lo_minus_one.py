# verdict: Wrong Answer
# Inclusive prefix sums answered as upto[hi] - upto[lo - 1]: for lo = 0, upto[-1] is the last
# prefix sum, not 0.
def ink_for_batches(batches: list[list[int]]) -> list[int]:
    if not batches:
        return []
    top = max(hi for _, hi in batches)
    dots = [0] * (top + 1)
    for i in range(1, top + 1):
        dots[i] = dots[i // 2] + i % 2
    upto = []
    running = 0
    for d in dots:
        running += d
        upto.append(running)
    return [upto[hi] - upto[lo - 1] for lo, hi in batches]
