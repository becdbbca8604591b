# verdict: Wrong Answer
# Scales lam by the total number of ratings T instead of the member's own count n_u.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    for u in range(n_users):
        mask = users == u
        if mask.any():
            Qu = Q[items[mask]]
            P[u] = np.linalg.solve(Qu.T @ Qu + lam * len(values) * np.eye(k),
                                   Qu.T @ values[mask])
    return P
