# verdict: Wrong Answer
# Weights each row by its distance to the nearest centre instead of the squared distance.
import numpy as np


def seed_sites(X, k, draws):
    n = X.shape[0]
    chosen = [int(draws[0] * n)]
    nearest = np.sqrt(((X - X[chosen[0]]) ** 2).sum(axis=1))
    for j in range(1, k):
        cumulative = np.cumsum(nearest)
        if cumulative[-1] == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            pick = int(np.argmax(cumulative / cumulative[-1] > draws[j]))
        chosen.append(pick)
        nearest = np.minimum(nearest, np.sqrt(((X - X[pick]) ** 2).sum(axis=1)))
    return chosen
