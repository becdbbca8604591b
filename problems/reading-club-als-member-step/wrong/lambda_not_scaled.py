# verdict: Wrong Answer
# Plain ridge: adds lam * I, forgetting that the statement scales lam by the rating count n_u.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    for u in range(n_users):
        mask = users == u
        if mask.any():
            Qu = Q[items[mask]]
            P[u] = np.linalg.solve(Qu.T @ Qu + lam * np.eye(k), Qu.T @ values[mask])
    return P
