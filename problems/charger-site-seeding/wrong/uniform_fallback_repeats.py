# verdict: Wrong Answer
# When every distance is zero, falls back to a uniform pick floor(draws[j] * n), which can
# choose a centre that was already chosen.
import numpy as np


def seed_sites(X, k, draws):
    n = X.shape[0]
    chosen = [int(draws[0] * n)]
    nearest = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for j in range(1, k):
        cumulative = np.cumsum(nearest)
        if cumulative[-1] == 0:
            pick = int(draws[j] * n)
        else:
            pick = int(np.argmax(cumulative / cumulative[-1] > draws[j]))
        chosen.append(pick)
        nearest = np.minimum(nearest, ((X - X[pick]) ** 2).sum(axis=1))
    return chosen
