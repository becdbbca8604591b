def rolling_peaks(loads, width):
    n = len(loads)
    if width > n:
        return []
    pre = loads[:]
    suf = loads[:]
    for i in range(1, n):
        if i % width:
            pre[i] = max(pre[i], pre[i - 1])
    for i in range(n - 2, -1, -1):
        if (i + 1) % width:
            suf[i] = max(suf[i], suf[i + 1])
    return [max(suf[i], pre[i + width - 1]) for i in range(n - width + 1)]
