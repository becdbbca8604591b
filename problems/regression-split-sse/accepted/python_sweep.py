# A plain-Python sweep: sort the row indices by each feature, keep running sums of the centred
# targets, and compare gains with the stated tolerance.


def best_sse_split(X, y):
    n, d = X.shape
    ys = y.tolist()
    mean = sum(ys) / n
    c = [v - mean for v in ys]
    total = sum(c)
    tol = 1e-9 * max(1.0, sum(v * v for v in c))
    best = None
    for f in range(d):
        col = X[:, f].tolist()
        order = sorted(range(n), key=col.__getitem__)
        s = 0.0
        for i in range(n - 1):
            s += c[order[i]]
            a, b = col[order[i]], col[order[i + 1]]
            if a == b:
                continue
            k = i + 1
            gain = s * s / k + (total - s) ** 2 / (n - k) - total * total / n
            if best is None or gain > best[2] + tol:
                best = (f, (a + b) / 2, gain)
    return best
