# verdict: Wrong Answer
# Updates P[u] first and then uses the new P[u] to update Q[i].
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    for u, i, r in zip(users, items, values):
        e = r - P[u] @ Q[i]
        P[u] += lr * (e * Q[i] - reg * P[u])
        Q[i] += lr * (e * P[u] - reg * Q[i])
    return P, Q
