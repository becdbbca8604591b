import math

import numpy as np


def _f(X, y, hidden, theta):
    n, d = X.shape
    total = 0.0
    W1 = theta[:d * hidden].reshape(d, hidden)
    b1 = theta[d * hidden:d * hidden + hidden]
    w2 = theta[d * hidden + hidden:d * hidden + 2 * hidden]
    b2 = theta[-1]
    for r in range(n):
        z = float(np.tanh(X[r] @ W1 + b1) @ w2) + b2
        total += (z - y[r]) ** 2
    return total / n


def check_gradient(X, y, hidden, theta, grad, eps):
    theta = np.array(theta, dtype=np.float64)
    out = np.zeros_like(theta)
    for i in range(len(theta)):
        saved = theta[i]
        theta[i] = saved + eps
        up = _f(X, y, hidden, theta)
        theta[i] = saved - eps
        down = _f(X, y, hidden, theta)
        theta[i] = saved
        out[i] = (up - down) / (2 * eps)
    num = math.sqrt(sum((a - b) ** 2 for a, b in zip(out, grad)))
    den = math.sqrt(sum(a * a for a in out)) + math.sqrt(sum(b * b for b in grad))
    return {"numeric": out, "relative_error": num / max(den, 1e-12)}
