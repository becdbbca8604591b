# One merge over the two sorted samples, consuming every value equal to the current minimum
# from both samples before measuring the gap.
def ks_statistic(before, after):
    a = sorted(before.tolist())
    b = sorted(after.tolist())
    n, m = len(a), len(b)
    i = j = 0
    d = 0.0
    while i < n or j < m:
        if j == m or (i < n and a[i] <= b[j]):
            x = a[i]
        else:
            x = b[j]
        while i < n and a[i] == x:
            i += 1
        while j < m and b[j] == x:
            j += 1
        d = max(d, abs(i / n - j / m))
    return d
