# verdict: Wrong Answer
# Weights each row by its squared distance to the most recently chosen centre only, not the
# nearest of all chosen centres.
import numpy as np


def seed_sites(X, k, draws):
    n = X.shape[0]
    chosen = [int(draws[0] * n)]
    for j in range(1, k):
        w = ((X - X[chosen[-1]]) ** 2).sum(axis=1)
        w[chosen] = 0.0  # at least never repeat a centre
        cumulative = np.cumsum(w)
        if cumulative[-1] == 0:
            pick = next(i for i in range(n) if i not in chosen)
        else:
            pick = int(np.argmax(cumulative / cumulative[-1] > draws[j]))
        chosen.append(pick)
    return chosen
