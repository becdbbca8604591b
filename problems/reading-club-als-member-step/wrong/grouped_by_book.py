# verdict: Wrong Answer
# Mixes up the two id arrays: groups the ratings by book id (the item half-step's grouping)
# while filling member rows.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    for u in range(n_users):
        mask = items == u
        if mask.any():
            Qu = Q[items[mask]]
            P[u] = np.linalg.solve(Qu.T @ Qu + lam * mask.sum() * np.eye(k),
                                   Qu.T @ values[mask])
    return P
