# verdict: Wrong Answer
# Updates w in place and appends the same array object every step, so every row ends up
# holding the final parameters.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = np.zeros_like(w)
    out = []
    for g in grads:
        v = mu * v + g + weight_decay * w
        w -= lr * v
        out.append(w)
    return np.array(out).reshape(len(grads), w0.shape[0])
