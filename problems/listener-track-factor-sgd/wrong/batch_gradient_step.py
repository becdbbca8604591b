# verdict: Wrong Answer
# Vectorises the epoch: every error is computed from the starting tables and all updates are
# summed into one batch gradient step.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    P, Q = P.copy(), Q.copy()
    pu, qi = P[users], Q[items]
    e = values - np.einsum("tf,tf->t", pu, qi)
    dP = lr * (e[:, None] * qi - reg * pu)
    dQ = lr * (e[:, None] * pu - reg * qi)
    np.add.at(P, users, dP)
    np.add.at(Q, items, dQ)
    return P, Q
