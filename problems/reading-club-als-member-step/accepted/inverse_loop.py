# Forms the inverse explicitly, one rating-by-rating accumulation per member; less accurate
# than solve, but well within the tolerance on these well-conditioned systems.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    A = [np.zeros((k, k)) for _ in range(n_users)]
    b = [np.zeros(k) for _ in range(n_users)]
    n = [0] * n_users
    for u, i, r in zip(users.tolist(), items.tolist(), values.tolist()):
        q = Q[i]
        A[u] += np.outer(q, q)
        b[u] += r * q
        n[u] += 1
    P = np.zeros((n_users, k))
    for u in range(n_users):
        if n[u]:
            P[u] = np.linalg.inv(A[u] + lam * n[u] * np.eye(k)) @ b[u]
    return P
