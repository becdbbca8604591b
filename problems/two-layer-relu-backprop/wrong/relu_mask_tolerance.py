# verdict: Wrong Answer
# Takes the ReLU derivative as A > 1e-9 (a tolerance where the statement says > 0): a unit
# whose pre-activation is 1e-10 passes no gradient.
import numpy as np


def forward_backward(X, y, W1, b1, W2, b2, loss):
    n = len(X)
    A = X @ W1 + b1
    H = np.maximum(A, 0)
    Z = H @ W2 + b2
    if loss == "softmax":
        m = Z.max(axis=1, keepdims=True)
        lse = m + np.log(np.exp(Z - m).sum(axis=1, keepdims=True))
        logp = Z - lse
        onehot = np.eye(Z.shape[1])[y]
        value = -(onehot * logp).sum() / n
        dZ = (np.exp(logp) - onehot) / n
    else:
        value = ((Z - y) ** 2).sum() / (2 * n)
        dZ = (Z - y) / n
    dH = dZ @ W2.T
    dA = dH * (A > 1e-9)
    return {"loss": float(value), "dW1": X.T @ dA, "db1": dA.sum(axis=0),
            "dW2": H.T @ dZ, "db2": dZ.sum(axis=0)}
