import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    # The other sign convention: u = mu*u - lr*g, w += u (the same when lr is constant).
    w = w0.astype(np.float64)
    u = np.zeros_like(w)
    rows = []
    for g in grads:
        u = mu * u - lr * (g.astype(np.float64) + weight_decay * w)
        w = w + u
        rows.append(w)
    return np.array(rows).reshape(len(grads), w0.shape[0])
