import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    # Everything in float32 with in-place updates, as a framework would do it.
    w = w0.copy()
    v = np.zeros_like(w)
    lr, mu, wd = np.float32(lr), np.float32(mu), np.float32(weight_decay)
    out = np.zeros((len(grads), w.shape[0]), dtype=np.float32)
    for t in range(len(grads)):
        v *= mu
        v += grads[t] + wd * w
        w -= lr * v
        out[t] = w
    return out
