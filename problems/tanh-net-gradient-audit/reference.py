import numpy as np

TINY = 1e-12


def _loss(X, y, hidden, theta):
    d = X.shape[1]
    cut = d * hidden
    W1 = theta[:cut].reshape(d, hidden)
    b1 = theta[cut:cut + hidden]
    w2 = theta[cut + hidden:cut + 2 * hidden]
    b2 = theta[cut + 2 * hidden]
    z = np.tanh(X @ W1 + b1) @ w2 + b2
    return np.mean((z - y) ** 2)


def check_gradient(X, y, hidden, theta, grad, eps):
    numeric = np.empty(theta.size)
    for i in range(theta.size):
        plus = theta.copy()
        plus[i] = theta[i] + eps
        minus = theta.copy()
        minus[i] = theta[i] - eps
        numeric[i] = (_loss(X, y, hidden, plus) - _loss(X, y, hidden, minus)) / (2 * eps)
    gap = np.linalg.norm(numeric - grad)
    scale = max(np.linalg.norm(numeric) + np.linalg.norm(grad), TINY)
    return {"numeric": numeric, "relative_error": float(gap / scale)}
