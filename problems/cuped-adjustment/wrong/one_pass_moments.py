# verdict: Wrong Answer
# Computes the moments as E[xy] - E[x]E[y] in one pass: with values near 1e6 and a small
# spread, the subtraction cancels every significant digit.
import numpy as np
def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b]).astype(float); x = np.concatenate([x_a, x_b]).astype(float)
    vx = np.mean(x * x) - x.mean() ** 2
    cxy = np.mean(x * y) - x.mean() * y.mean()
    theta = 0.0 if x.max() == x.min() else float(cxy / vx)
    adj = y - theta * (x - x.mean())
    n_a = len(y_a); ma = float(adj[:n_a].mean()); mb = float(adj[n_a:].mean())
    vy = np.mean(y * y) - y.mean() ** 2
    red = 0.0 if y.max() == y.min() else float(1 - adj.var() / vy)
    return {"theta": theta, "mean_a": ma, "mean_b": mb, "diff": mb - ma, "variance_reduction": red}
