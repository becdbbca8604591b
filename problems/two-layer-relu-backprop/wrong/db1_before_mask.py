# verdict: Wrong Answer
# Computes the hidden bias gradient from the gradient before the ReLU mask is applied.
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
    dH = dZ @ W2.T
    dA = dH * (A > 0)
    return {"loss": float(value), "dW1": X.T @ dA, "db1": dH.sum(axis=0),
            "dW2": H.T @ dZ, "db2": dZ.sum(axis=0)}
