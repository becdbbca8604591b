# verdict: Wrong Answer
# Accumulates the rated book factors first and then takes one outer product:
# (sum q)(sum q)^T is not sum q q^T.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    qsum = np.zeros((n_users, k))
    b = np.zeros((n_users, k))
    counts = np.zeros(n_users, dtype=np.int64)
    for u, i, r in zip(users, items, values):
        qsum[u] += Q[i]
        b[u] += r * Q[i]
        counts[u] += 1
    P = np.zeros((n_users, k))
    for u in range(n_users):
        if counts[u]:
            A = np.outer(qsum[u], qsum[u]) + lam * counts[u] * np.eye(k)
            P[u] = np.linalg.solve(A, b[u])
    return P
