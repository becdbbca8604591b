# verdict: Wrong Answer
# Shuffles the ratings first, as a training loop usually would; the statement fixes the order.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    for t in np.random.default_rng(0).permutation(len(values)):
        u, i, r = users[t], items[t], values[t]
        p, q = P[u].copy(), Q[i].copy()
        e = r - p @ q
        P[u] = p + lr * (e * q - reg * p)
        Q[i] = q + lr * (e * p - reg * q)
    return P, Q
