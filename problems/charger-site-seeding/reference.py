import numpy as np


def seed_sites(X: np.ndarray, k: int, draws: np.ndarray) -> list[int]:
    n = X.shape[0]
    first = int(draws[0] * n)  # draws are >= 0, so int() is the floor
    chosen = [first]
    taken = np.zeros(n, dtype=bool)
    taken[first] = True
    nearest = ((X - X[first]) ** 2).sum(axis=1)  # squared distance to the nearest centre
    for j in range(1, k):
        cumulative = np.cumsum(nearest)
        total = cumulative[-1]
        if total == 0:
            pick = int(np.argmin(taken))  # the lowest index not chosen yet
        else:
            pick = int(np.argmax(cumulative / total > draws[j]))
        chosen.append(pick)
        taken[pick] = True
        nearest = np.minimum(nearest, ((X - X[pick]) ** 2).sum(axis=1))
    return chosen
