import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = np.array(w0, dtype=np.float64)
    v = np.zeros_like(w)
    out = np.empty((len(grads), w.shape[0]))
    for t, g in enumerate(grads):
        g = np.asarray(g, dtype=np.float64) + weight_decay * w
        v = mu * v + g
        w = w - lr * v
        out[t] = w
    return out
