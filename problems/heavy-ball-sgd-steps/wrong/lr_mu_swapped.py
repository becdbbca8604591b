# verdict: Wrong Answer
# Mixes up the two hyper-parameters: the velocity decays by lr and the step is scaled by mu.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = np.zeros_like(w)
    out = []
    for g in grads:
        g = g + weight_decay * w
        v = lr * v + g
        w = w - mu * v
        out.append(w)
    return np.array(out).reshape(len(grads), w0.shape[0])
