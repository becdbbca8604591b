import numpy as np


def cuped(y_a: np.ndarray, x_a: np.ndarray, y_b: np.ndarray,
          x_b: np.ndarray) -> dict[str, float]:
    y = np.concatenate([y_a, y_b]).astype(float)
    x = np.concatenate([x_a, x_b]).astype(float)
    x_centred = x - x.mean()
    y_centred = y - y.mean()
    theta = 0.0
    if x.max() != x.min():
        theta = float((x_centred * y_centred).sum() / (x_centred * x_centred).sum())
    adjusted = y - theta * x_centred
    n_a = len(y_a)
    mean_a = float(adjusted[:n_a].mean())
    mean_b = float(adjusted[n_a:].mean())
    reduction = 0.0
    if y.max() != y.min():
        reduction = float(1.0 - adjusted.var() / y.var())
    return {"theta": theta, "mean_a": mean_a, "mean_b": mean_b, "diff": mean_b - mean_a,
            "variance_reduction": reduction}
