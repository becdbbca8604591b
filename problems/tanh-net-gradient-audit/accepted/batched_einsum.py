import numpy as np


def check_gradient(X, y, hidden, theta, grad, eps):
    theta = np.asarray(theta, dtype=np.float64)
    p = theta.size
    d = X.shape[1]
    h = hidden
    plus = np.tile(theta, (p, 1))
    minus = np.tile(theta, (p, 1))
    idx = np.arange(p)
    plus[idx, idx] = theta + eps
    minus[idx, idx] = theta - eps
    both = np.concatenate([plus, minus])            # (2p, p): one parameter vector per row
    W1 = both[:, :d * h].reshape(-1, d, h)
    b1 = both[:, d * h:d * h + h]
    w2 = both[:, d * h + h:d * h + 2 * h]
    b2 = both[:, -1]
    H = np.tanh(np.einsum("nd,bdh->bnh", X, W1) + b1[:, None, :])
    z = np.einsum("bnh,bh->bn", H, w2) + b2[:, None]
    f = ((z - y) ** 2).mean(axis=1)
    numeric = (f[:p] - f[p:]) / (2 * eps)
    denom = max(np.sqrt(numeric @ numeric) + np.sqrt(grad @ grad), 1e-12)
    return {"numeric": numeric, "relative_error": float(np.sqrt(((numeric - grad) ** 2).sum()) / denom)}
