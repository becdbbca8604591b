# verdict: Wrong Answer
# Shrinks by reg * p without the learning rate: p + lr * e * q - reg * p.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users, items, values):
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * e * q - reg * p
        Q[i] = q + lr * e * p - reg * q
    return P, Q
