# verdict: Wrong Answer
# Tests var(x) == 0 for the constant covariate: 0.7 repeated has a mean that rounds, so its
# var is 1e-32, and theta comes out as rounding noise over rounding noise instead of 0.
import numpy as np
def cuped(y_a, x_a, y_b, x_b):
    y = np.concatenate([y_a, y_b]).astype(float); x = np.concatenate([x_a, x_b]).astype(float)
    vx = x.var()
    theta = 0.0 if vx == 0 else float(np.mean((x - x.mean()) * (y - y.mean())) / vx)
    adj = y - theta * (x - x.mean())
    n_a = len(y_a); ma = float(adj[:n_a].mean()); mb = float(adj[n_a:].mean())
    vy = y.var()
    red = 0.0 if vy == 0 else float(1 - adj.var() / vy)
    return {"theta": theta, "mean_a": ma, "mean_b": mb, "diff": mb - ma, "variance_reduction": red}
