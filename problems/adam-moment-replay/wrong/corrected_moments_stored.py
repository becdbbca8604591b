# verdict: Wrong Answer
# Overwrites the running moments with their bias-corrected values, so the correction compounds
# from step to step (and the returned m, v are the corrected ones).
import numpy as np


def adam_steps(w0, grads, lr, beta1, beta2, eps, weight_decay):
    w = w0.astype(np.float64)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t, g in enumerate(grads, start=1):
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m = m / (1 - beta1 ** t)
        v = v / (1 - beta2 ** t)
        w = w - lr * (m / (np.sqrt(v) + eps) + weight_decay * w)
    return w, m, v
