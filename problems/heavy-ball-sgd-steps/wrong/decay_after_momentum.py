# verdict: Wrong Answer
# Applies the weight decay outside the velocity (w -= lr*(v + wd*w), "decoupled" decay), so the
# decay is not carried by the momentum as the statement asks.
import numpy as np


def momentum_sgd(w0, grads, lr, mu, weight_decay):
    w = w0.astype(np.float64)
    v = np.zeros_like(w)
    out = []
    for g in grads:
        v = mu * v + g
        w = w - lr * (v + weight_decay * w)
        out.append(w)
    return np.array(out).reshape(len(grads), w0.shape[0])
