# verdict: Wrong Answer
# Returns the trajectory including the starting point: T + 1 rows instead of T.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = np.zeros_like(w)
    out = [w]
    for g in grads:
        g = g + weight_decay * w
        v = mu * v + g
        w = w - lr * v
        out.append(w)
    return np.array(out)
