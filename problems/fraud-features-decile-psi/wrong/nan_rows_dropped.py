# verdict: Wrong Answer
# Drops missing values before binning: no missing bin, and shares out of the known values only.
import numpy as np
import pandas as pd


def feature_psi(features: pd.DataFrame, cutoff: str) -> pd.DataFrame:
    cut = pd.Timestamp(cutoff)
    base_rows = features[features["event_time"] < cut]
    cur_rows = features[features["event_time"] >= cut]
    out = []
    for name in features.columns.drop("event_time"):
        base = base_rows[name].dropna()
        cur = cur_rows[name].dropna()
        edges = np.unique(np.quantile(base, np.arange(1, 10) / 10)) if len(base) else []
        bins = [-np.inf, *edges, np.inf]
        if len(base_rows) == 0 or len(cur_rows) == 0:
            out.append((name, len(bins) - 1, np.nan))
            continue
        b = pd.cut(base, bins).value_counts(sort=False, normalize=True).to_numpy()
        c = pd.cut(cur, bins).value_counts(sort=False, normalize=True).to_numpy()
        b = np.nan_to_num(b)
        c = np.nan_to_num(c)
        b, c = np.maximum(b, 1e-4), np.maximum(c, 1e-4)
        out.append((name, len(bins) - 1, float(np.sum((c - b) * np.log(c / b)))))
    frame = pd.DataFrame(out, columns=["feature", "bins", "psi"])
    return frame.sort_values(["psi", "feature"], ascending=[False, True]).reset_index(drop=True)
