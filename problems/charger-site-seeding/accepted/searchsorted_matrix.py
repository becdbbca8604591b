import numpy as np


def seed_sites(X, k, draws):
    n = len(X)
    sq = (X * X).sum(axis=1)
    chosen = [int(np.floor(draws[0] * n))]
    nearest = np.full(n, np.inf)
    for j in range(k):
        if j > 0:
            cumulative = np.cumsum(nearest)
            if cumulative[-1] == 0:
                free = np.ones(n, dtype=bool)
                free[chosen] = False
                chosen.append(int(np.flatnonzero(free)[0]))
            else:
                chosen.append(int(np.searchsorted(cumulative, draws[j] * cumulative[-1],
                                                  side="right")))
        c = chosen[-1]
        # the expanded form |x|^2 - 2 x.c + |c|^2 is exact for whole-number coordinates
        nearest = np.minimum(nearest, sq - 2.0 * (X @ X[c]) + sq[c])
    return [int(i) for i in chosen]
