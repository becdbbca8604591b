def reuse_index(reuses: list[int]) -> int:
    ordered = sorted(reuses)
    n = len(ordered)
    # smallest i with ordered[i] >= n - i; then n - i datasets reach n - i
    low, high = 0, n
    while low < high:
        middle = (low + high) // 2
        if ordered[middle] >= n - middle:
            high = middle
        else:
            low = middle + 1
    return n - low
