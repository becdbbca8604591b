import numpy as np


def adam_steps(w0, grads, lr, beta1, beta2, eps, weight_decay):
    # float32 throughout, in-place, with the bias corrections applied as a framework does:
    # denom = sqrt(v) / sqrt(1 - beta2^t) + eps, step = lr / (1 - beta1^t).
    f = np.float32
    w = w0.copy()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, len(grads) + 1):
        g = grads[t - 1]
        w *= f(1 - lr * weight_decay)
        m *= f(beta1)
        m += f(1 - beta1) * g
        v *= f(beta2)
        v += f(1 - beta2) * g * g
        denom = np.sqrt(v) / f(np.sqrt(1 - beta2 ** t)) + f(eps)
        w -= f(lr / (1 - beta1 ** t)) * m / denom
    return w, m, v
