# Builds every member's Gram matrix at once (one weighted bincount per column of the Gram
# matrices) and solves all systems in one batched np.linalg.solve call; members without
# ratings get an identity system and a zero right-hand side.
import numpy as np


def als_member_step(n_users, users, items, values, Q, lam):
    k = Q.shape[1]
    Qr = Q[items]
    slots = (users[:, None] * k + np.arange(k)).ravel()
    size = n_users * k
    A = np.empty((n_users, k, k))
    for j in range(k):
        A[:, :, j] = np.bincount(slots, weights=(Qr * Qr[:, j:j + 1]).ravel(),
                                 minlength=size).reshape(n_users, k)
    b = np.bincount(slots, weights=(values[:, None] * Qr).ravel(),
                    minlength=size).reshape(n_users, k)
    counts = np.bincount(users, minlength=n_users).astype(np.float64)
    diag = np.where(counts > 0, lam * counts, 1.0)
    A += diag[:, None, None] * np.eye(k)
    return np.linalg.solve(A, b[:, :, None])[:, :, 0]
