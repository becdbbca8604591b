import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P = P.copy()
    Q = Q.copy()
    for u, i, r in zip(users.tolist(), items.tolist(), values.tolist()):
        p = P[u].copy()  # the old row: P[u] is overwritten before Q[i] is computed
        q = Q[i]
        e = r - p @ q
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
