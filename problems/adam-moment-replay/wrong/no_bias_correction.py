# verdict: Wrong Answer
# Forgets the bias correction: steps with m / (sqrt(v) + eps), so early steps are far too small
# (or too large) while m and v are still close to their zero start.
import numpy as np


def adam_steps(w0, grads, lr, beta1, beta2, eps, weight_decay):
    w = w0.astype(np.float64)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for g in grads:
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        w = w - lr * (m / (np.sqrt(v) + eps) + weight_decay * w)
    return w, m, v
