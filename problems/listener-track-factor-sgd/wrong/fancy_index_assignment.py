# verdict: Wrong Answer
# Vectorises with fancy-index assignment: errors come from the starting tables, and for a row
# rated several times only the last update survives.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    pu, qi = P[users], Q[items]
    e = values - (pu * qi).sum(axis=1)
    P[users] = pu + lr * (e[:, None] * qi - reg * pu)
    Q[items] = qi + lr * (e[:, None] * pu - reg * qi)
    return P, Q
