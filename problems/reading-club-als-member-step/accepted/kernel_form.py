# Push-through identity: (Q_u^T Q_u + c I)^-1 Q_u^T = Q_u^T (Q_u Q_u^T + c I)^-1, so each member
# can solve an n_u x n_u system instead of a k x k one.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    for u in np.unique(users):
        mask = users == u
        Qu, ru = Q[items[mask]], values[mask]
        n_u = len(ru)
        P[u] = Qu.T @ np.linalg.solve(Qu @ Qu.T + lam * n_u * np.eye(n_u), ru)
    return P
