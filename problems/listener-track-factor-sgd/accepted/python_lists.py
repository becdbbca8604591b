# Plain Python lists, one coordinate at a time; both updates from the old rows.
import numpy as np


def sgd_epoch(P, Q, users, items, values, lr, reg):
    p_rows = P.tolist()
    q_rows = Q.tolist()
    for u, i, r in zip(users.tolist(), items.tolist(), values.tolist()):
        p, q = p_rows[u], q_rows[i]
        e = r - sum(a * b for a, b in zip(p, q))
        p_rows[u] = [a + lr * (e * b - reg * a) for a, b in zip(p, q)]
        q_rows[i] = [b + lr * (e * a - reg * b) for a, b in zip(p, q)]
    return np.array(p_rows, dtype=np.float64).reshape(P.shape), \
        np.array(q_rows, dtype=np.float64).reshape(Q.shape)
