import numpy as np
import pandas as pd


def calibration_table(scored: pd.DataFrame, n_buckets: int) -> pd.DataFrame:
    m = n_buckets
    edges = np.array([k / m for k in range(m + 1)])
    s = scored["score"].to_numpy(dtype=float)
    y = scored["converted"].to_numpy(dtype=float)
    keep = ~np.isnan(s)
    s, y = s[keep], y[keep]
    # number of inner edges at or below the score
    b = (s[:, None] >= edges[None, 1:-1]).sum(axis=1) if m > 1 else np.zeros(len(s), int)
    count = np.bincount(b, minlength=m).astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_score = np.bincount(b, weights=s, minlength=m) / count
        rate = np.bincount(b, weights=y, minlength=m) / count
        contrib = np.where(count > 0, count / max(len(s), 1) * np.abs(rate - mean_score), 0.0)
    return pd.DataFrame({"bucket": np.arange(m), "lower": edges[:-1], "upper": edges[1:],
                         "count": count, "mean_score": mean_score, "positive_rate": rate,
                         "ece_contribution": contrib})
