def ink_for_batches(batches: list[list[int]]) -> list[int]:
    top = max((hi for _, hi in batches), default=0)
    prefix = [0] * (top + 2)
    for i in range(top + 1):
        prefix[i + 1] = prefix[i] + bin(i).count("1")
    return [prefix[hi + 1] - prefix[lo] for lo, hi in batches]
