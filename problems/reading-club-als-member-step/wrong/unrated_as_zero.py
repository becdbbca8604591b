# verdict: Wrong Answer
# Fills the rating matrix with zeros and solves over every book: unrated books act as ratings
# of 0 and pull each member's factor towards zero.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    R = np.zeros((n_users, Q.shape[0]))
    R[users, items] = values
    counts = np.bincount(users, minlength=n_users)
    P = np.zeros((n_users, k))
    G = Q.T @ Q
    for u in range(n_users):
        if counts[u]:
            P[u] = np.linalg.solve(G + lam * counts[u] * np.eye(k), Q.T @ R[u])
    return P
