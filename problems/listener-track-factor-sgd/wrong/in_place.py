# verdict: Wrong Answer
# Correct updates, but writes them into the caller's P and Q.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    for u, i, r in zip(users, items, values):
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
