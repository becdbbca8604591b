# verdict: Wrong Answer
# Treats the weight decay as L2 regularisation: adds weight_decay * w to the gradient (so it
# passes through m and v and is normalised away) instead of the decoupled AdamW step.
import numpy as np


def adam_steps(w0, grads, lr, beta1, beta2, eps, weight_decay):
    w = w0.astype(np.float64)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t, g in enumerate(grads, start=1):
        g = g + weight_decay * w
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return w, m, v
