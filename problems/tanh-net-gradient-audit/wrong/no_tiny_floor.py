# verdict: Wrong Answer
import numpy as np


def _loss(X, y, hidden, theta):
    d = X.shape[1]
    cut = d * hidden
    W1 = theta[:cut].reshape(d, hidden)
    z = np.tanh(X @ W1 + theta[cut:cut + hidden]) @ theta[cut + hidden:cut + 2 * hidden] + theta[-1]
    return np.mean((z - y) ** 2)


def check_gradient(X, y, hidden, theta, grad, eps):
    numeric = np.empty(theta.size)
    for i in range(theta.size):
        plus, minus = theta.copy(), theta.copy()
        plus[i] += eps
        minus[i] -= eps
        numeric[i] = (_loss(X, y, hidden, plus) - _loss(X, y, hidden, minus)) / (2 * eps)
    # floor added to the denominator instead of taking the max: 0 / 1e-12 works, 1e-13 does not
    scale = np.linalg.norm(numeric) + np.linalg.norm(grad) + 1e-12
    return {"numeric": numeric, "relative_error": float(np.linalg.norm(numeric - grad) / scale)}
