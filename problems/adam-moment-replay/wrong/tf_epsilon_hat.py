# verdict: Wrong Answer
# Folds the bias corrections into the learning rate (lr_t = lr*sqrt(1 - beta2^t)/(1 - beta1^t))
# and adds eps to the uncorrected sqrt(v): eps is then effectively eps / sqrt(1 - beta2^t),
# which matters when gradients are small.
import numpy as np


def adam_steps(w0, grads, lr, beta1, beta2, eps, weight_decay):
    w = w0.astype(np.float64)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t, g in enumerate(grads, start=1):
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        lr_t = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        w = w - lr_t * m / (np.sqrt(v) + eps) - lr * weight_decay * w
    return w, m, v
