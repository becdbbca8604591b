# verdict: Wrong Answer
# Subtracts each member's mean score before solving, a habit from baseline models that the
# statement rules out.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    for u in range(n_users):
        mask = users == u
        if mask.any():
            Qu, ru = Q[items[mask]], values[mask]
            P[u] = np.linalg.solve(Qu.T @ Qu + lam * mask.sum() * np.eye(k),
                                   Qu.T @ (ru - ru.mean()))
    return P
