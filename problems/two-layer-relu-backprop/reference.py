import numpy as np


def forward_backward(X, y, W1, b1, W2, b2, loss: str) -> dict:
    X = np.asarray(X, dtype=float)
    n = X.shape[0]
    A = X @ W1 + b1
    H = np.maximum(A, 0.0)
    Z = H @ W2 + b2
    if loss == "softmax":
        labels = np.asarray(y, dtype=np.int64)
        shifted = Z - Z.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        rows = np.arange(n)
        value = -log_p[rows, labels].mean()
        dZ = np.exp(log_p)
        dZ[rows, labels] -= 1.0
        dZ /= n
    else:
        diff = Z - np.asarray(y, dtype=float)
        value = (diff ** 2).sum() / (2 * n)
        dZ = diff / n
    dW2 = H.T @ dZ
    db2 = dZ.sum(axis=0)
    dA = (dZ @ W2.T) * (A > 0)
    dW1 = X.T @ dA
    db1 = dA.sum(axis=0)
    return {"loss": float(value), "dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
