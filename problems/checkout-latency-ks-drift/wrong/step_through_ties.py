# verdict: Wrong Answer
# Merges the two sorted samples and measures the gap after every single step, so inside a
# group of values tied across the samples it sees a point "between" equal values.
def ks_statistic(before, after):
    a = sorted(before.tolist())
    b = sorted(after.tolist())
    n, m = len(a), len(b)
    i = j = 0
    d = 0.0
    while i < n and j < m:
        if a[i] <= b[j]:
            i += 1
        else:
            j += 1
        d = max(d, abs(i / n - j / m))
    return d
