# verdict: Wrong Answer
# Differentiates (r - p.q)**2 and keeps the factor 2 on the error term; the statement's rule
# has none.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users, items, values):
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * (2 * e * q - reg * p)
        Q[i] = q + lr * (2 * e * p - reg * q)
    return P, Q
