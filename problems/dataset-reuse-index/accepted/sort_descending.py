def reuse_index(reuses: list[int]) -> int:
    ordered = sorted(reuses, reverse=True)
    h = 0
    while h < len(ordered) and ordered[h] >= h + 1:
        h += 1
    return h
