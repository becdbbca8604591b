# verdict: Wrong Answer
# Means to keep the old row, but `p = P[u]` is a view: writing P[u] in place changes p too, so
# Q[i] is updated with the new P[u].
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users, items, values):
        p, q = P[u], Q[i]
        e = r - p @ q
        P[u] += lr * (e * q - reg * p)
        Q[i] += lr * (e * p - reg * q)
    return P, Q
