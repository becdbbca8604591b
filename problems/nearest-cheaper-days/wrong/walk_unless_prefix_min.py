# verdict: Time Limit Exceeded
# Walks outwards, skipping the walk when the prefix or suffix minimum says no cheaper day exists;
# still O(n^2) on a long plateau of equal prices between two cheaper days.
def nearest_cheaper(prices):
    n = len(prices)
    pre = []
    m = float('inf')
    for p in prices:
        pre.append(m); m = min(m, p)
    suf = [0] * n
    m = float('inf')
    for i in range(n - 1, -1, -1):
        suf[i] = m; m = min(m, prices[i])
    out = []
    for d, p in enumerate(prices):
        b = -1
        if pre[d] < p:
            b = d - 1
            while prices[b] >= p:
                b -= 1
        a = n
        if suf[d] < p:
            a = d + 1
            while prices[a] >= p:
                a += 1
        out.append([b, a])
    return out
