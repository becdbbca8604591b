# verdict: Wrong Answer
# Divides by a total of zero when every row sits on a chosen centre: the shares are all nan,
# no comparison holds, argmax returns 0 and centre 0 can be chosen again.
import numpy as np


def seed_sites(X, k, draws):
    n = X.shape[0]
    chosen = [int(draws[0] * n)]
    nearest = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for j in range(1, k):
        cumulative = np.cumsum(nearest)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = cumulative / cumulative[-1]
        pick = int(np.argmax(shares > draws[j]))
        chosen.append(pick)
        nearest = np.minimum(nearest, ((X - X[pick]) ** 2).sum(axis=1))
    return chosen
