# verdict: Wrong Answer
# Takes the first index whose running share reaches the draw (>=) instead of exceeding it.
import numpy as np


def seed_sites(X, k, draws):
    n = X.shape[0]
    chosen = [int(draws[0] * n)]
    nearest = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for j in range(1, k):
        cumulative = np.cumsum(nearest)
        if cumulative[-1] == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            pick = int(np.searchsorted(cumulative / cumulative[-1], draws[j], side="left"))
        chosen.append(pick)
        nearest = np.minimum(nearest, ((X - X[pick]) ** 2).sum(axis=1))
    return chosen
