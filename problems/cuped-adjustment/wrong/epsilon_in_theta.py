# verdict: Wrong Answer
# Adds 1e-12 to var(x) in theta's denominator instead of the statement's exact
# constant-covariate rule: a covariate with a 1e-7 spread (var 1e-14) gets a theta far too small.
import numpy as np
def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b]).astype(float); x = np.concatenate([x_a, x_b]).astype(float)
    xc = x - x.mean(); yc = y - y.mean()
    theta = float((xc * yc).mean() / ((xc * xc).mean() + 1e-12))
    adj = y - theta * xc
    n_a = len(y_a); ma = float(adj[:n_a].mean()); mb = float(adj[n_a:].mean())
    red = 0.0 if y.var() == 0 else float(1 - adj.var() / y.var())
    return {"theta": theta, "mean_a": ma, "mean_b": mb, "diff": mb - ma, "variance_reduction": red}
