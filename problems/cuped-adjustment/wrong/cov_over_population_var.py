# verdict: Wrong Answer
# np.cov (divisor n - 1) over np.var (divisor n): theta is off by a factor n / (n - 1).
import numpy as np
def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b]).astype(float); x = np.concatenate([x_a, x_b]).astype(float)
    theta = 0.0 if x.max() == x.min() else float(np.cov(x, y)[0, 1] / np.var(x))
    adj = y - theta * (x - x.mean())
    n_a = len(y_a); ma = float(adj[:n_a].mean()); mb = float(adj[n_a:].mean())
    red = 0.0 if y.max() == y.min() else float(1 - adj.var() / y.var())
    return {"theta": theta, "mean_a": ma, "mean_b": mb, "diff": mb - ma, "variance_reduction": red}
