import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    P = np.zeros((n_users, k))
    order = np.argsort(users)  # any order within a member: the sums do not depend on it
    users_s, items_s, values_s = users[order], items[order], values[order]
    starts = np.searchsorted(users_s, np.arange(n_users), side="left")
    ends = np.searchsorted(users_s, np.arange(n_users), side="right")
    eye = np.eye(k)
    for u in range(n_users):
        a, b = starts[u], ends[u]
        if a == b:
            continue  # no ratings: the row stays zero
        Qu = Q[items_s[a:b]]
        ru = values_s[a:b]
        A = Qu.T @ Qu + lam * (b - a) * eye
        P[u] = np.linalg.solve(A, Qu.T @ ru)
    return P
