# verdict: Wrong Answer
# Initialises the velocity with the first gradient instead of zero, and then applies the
# usual update to it, so the first gradient is counted (1 + mu) times at step 1.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = grads[0].astype(np.float64) if grads else np.zeros_like(w)
    out = []
    for g in grads:
        g = g + weight_decay * w
        v = mu * v + g
        w = w - lr * v
        out.append(w)
    return np.array(out).reshape(len(grads), w0.shape[0])
