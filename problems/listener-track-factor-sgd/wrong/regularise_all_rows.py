# verdict: Wrong Answer
# Applies weight decay to every row once per epoch, besides the per-rating updates.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users, items, values):
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * e * q
        Q[i] = q + lr * e * p
    return P * (1 - lr * reg), Q * (1 - lr * reg)
