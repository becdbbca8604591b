import numpy as np


def isotonic_fit(x, y, weights):
    n = len(x)
    w = np.ones(n) if weights is None else weights
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    starts = np.flatnonzero(np.concatenate([[True], xs[1:] != xs[:-1]]))
    gw = np.add.reduceat(w[order], starts)
    gwy = np.add.reduceat((w * y)[order], starts)
    m = len(starts)
    # Blocks kept in arrays: block k covers groups first[k] .. first[k+1]-1.
    bw = np.empty(m)
    bs = np.empty(m)
    first = np.empty(m + 1, dtype=np.int64)
    top = 0
    for g in range(m):
        bw[top], bs[top], first[top] = gw[g], gwy[g], g
        top += 1
        while top > 1 and bs[top - 2] * bw[top - 1] > bs[top - 1] * bw[top - 2]:
            bw[top - 2] += bw[top - 1]
            bs[top - 2] += bs[top - 1]
            top -= 1
    first[top] = m
    group_value = np.repeat(bs[:top] / bw[:top], np.diff(first[: top + 1]))
    point_value = np.repeat(group_value, np.diff(np.append(starts, n)))
    fit = np.empty(n)
    fit[order] = point_value
    return fit
