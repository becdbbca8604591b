# verdict: Wrong Answer
# Uses a dampened velocity v = mu*v + (1 - mu)*g (an exponential average of the gradients)
# where the statement says v = mu*v + g.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = np.zeros_like(w)
    out = []
    for g in grads:
        g = g + weight_decay * w
        v = mu * v + (1 - mu) * g
        w = w - lr * v
        out.append(w)
    return np.array(out).reshape(len(grads), w0.shape[0])
