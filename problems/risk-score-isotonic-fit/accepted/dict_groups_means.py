def isotonic_fit(x, y, weights):
    ws = [1.0] * len(x) if weights is None else weights.tolist()
    groups = {}
    for xi, yi, wi in zip(x.tolist(), y.tolist(), ws):
        g = groups.setdefault(xi, [0.0, 0.0])
        g[0] += wi
        g[1] += wi * yi
    keys = sorted(groups)
    blocks = []  # [mean, weight, number of groups]
    for k in keys:
        wt, s = groups[k]
        mean, count = s / wt, 1
        while blocks and blocks[-1][0] > mean:
            pm, pw, pc = blocks.pop()
            mean = (pm * pw + mean * wt) / (pw + wt)
            wt += pw
            count += pc
        blocks.append([mean, wt, count])
    fitted = {}
    i = 0
    for mean, _, count in blocks:
        for k in keys[i:i + count]:
            fitted[k] = mean
        i += count
    import numpy as np
    return np.array([fitted[v] for v in x.tolist()])
