# verdict: Runtime Error
# Solves for every member, including those with no ratings: their system is the zero matrix
# (lam * 0 * I), and np.linalg.solve raises LinAlgError("Singular matrix").
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    for u in range(n_users):
        mask = users == u
        Qu = Q[items[mask]]
        P[u] = np.linalg.solve(Qu.T @ Qu + lam * mask.sum() * np.eye(k), Qu.T @ values[mask])
    return P
