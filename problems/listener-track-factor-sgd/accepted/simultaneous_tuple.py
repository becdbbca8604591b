# Both new rows built in one tuple assignment, so each right-hand side sees the old rows.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P = np.array(P, dtype=np.float64, copy=True)
    Q = np.array(Q, dtype=np.float64, copy=True)
    for u, i, r in zip(users, items, values):
        e = r - np.dot(P[u], Q[i])
        P[u], Q[i] = (P[u] + lr * (e * Q[i] - reg * P[u]),
                      Q[i] + lr * (e * P[u] - reg * Q[i]))
    return P, Q
