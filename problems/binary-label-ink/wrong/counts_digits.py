# verdict: Wrong Answer
# Counts the printed binary digits (bit_length), not the 1 bits that take ink.
def ink_for_batches(batches: list[list[int]]) -> list[int]:
    if not batches:
        return []
    top = max(hi for _, hi in batches)
    before = [0]
    for i in range(top + 1):
        before.append(before[-1] + i.bit_length())
    return [before[hi + 1] - before[lo] for lo, hi in batches]
