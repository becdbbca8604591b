# verdict: Wrong Answer
# Takes the Nesterov step w -= lr*(g + mu*v) where the statement asks for plain heavy-ball
# momentum with no look-ahead.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = np.zeros_like(w)
    out = []
    for g in grads:
        g = g + weight_decay * w
        v = mu * v + g
        w = w - lr * (g + mu * v)
        out.append(w)
    return np.array(out).reshape(len(grads), w0.shape[0])
