# verdict: Wrong Answer
# Compares float gains with a bare `>`: an exact tie that floats compute a few ulps apart goes
# to the later candidate when its rounding happens to be larger.


def best_sse_split(X, y):
    n, d = X.shape
    ys = y.tolist()
    mean = sum(ys) / n
    c = [v - mean for v in ys]
    total = sum(c)
    tol = 0.0
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
