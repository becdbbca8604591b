# verdict: Wrong Answer
# Treats var(x) < 1e-10 (and var(y) < 1e-10) as constant, a tolerance the statement never
# states: a covariate with a 1e-7 spread is not constant, and theta is about 1.2e6.
import numpy as np
def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b]).astype(float); x = np.concatenate([x_a, x_b]).astype(float)
    xc = x - x.mean(); yc = y - y.mean()
    theta = 0.0 if np.var(x) < 1e-10 else float((xc * yc).sum() / (xc * xc).sum())
    adj = y - theta * xc
    n_a = len(y_a); ma = float(adj[:n_a].mean()); mb = float(adj[n_a:].mean())
    red = 0.0 if np.var(y) < 1e-10 else float(1 - adj.var() / y.var())
    return {"theta": theta, "mean_a": ma, "mean_b": mb, "diff": mb - ma, "variance_reduction": red}
