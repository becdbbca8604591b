# verdict: Wrong Answer
# Averages the raw gradient into v instead of its square (v = beta2*v + (1 - beta2)*g), so v
# can go negative and its square root is nan.
import numpy as np


def adam_steps(w0, grads, lr, beta1, beta2, eps, weight_decay):
    w = w0.astype(np.float64)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    with np.errstate(all="ignore"):
        for t, g in enumerate(grads, start=1):
            m = beta1 * m + (1 - beta1) * g
            v = beta2 * v + (1 - beta2) * g
            m_hat = m / (1 - beta1 ** t)
            v_hat = v / (1 - beta2 ** t)
            w = w - lr * (m_hat / (np.sqrt(v_hat) + eps) + weight_decay * w)
    return w, m, v
