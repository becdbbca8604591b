# verdict: Wrong Answer
# Back-propagates through W2 instead of W2.T for square layers and returns dW2 transposed
# (shapes agree whenever h == k, so the bug is silent there).
import numpy as np


def forward_backward(X, y, W1, b1, W2, b2, loss):
    n = X.shape[0]
    A = X @ W1 + b1
    H = np.maximum(A, 0.0)
    Z = H @ W2 + b2
    if loss == "softmax":
        s = Z - Z.max(axis=1, keepdims=True)
        log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        value = -log_p[np.arange(n), y].mean()
        dZ = np.exp(log_p)
        dZ[np.arange(n), y] -= 1.0
        dZ /= n
    else:
        value = ((Z - y) ** 2).sum() / (2 * n)
        dZ = (Z - y) / n
    dW2 = H.T @ dZ
    if W2.shape[0] == W2.shape[1]:
        dA = (dZ @ W2) * (A > 0)
        dW2 = dW2.T
    else:
        dA = (dZ @ W2.T) * (A > 0)
    return {"loss": float(value), "dW1": X.T @ dA, "db1": dA.sum(axis=0),
            "dW2": dW2, "db2": dZ.sum(axis=0)}
