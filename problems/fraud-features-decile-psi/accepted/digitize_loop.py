import numpy as np
import pandas as pd


def _psi(b_counts, c_counts, n_b, n_c):
    b = np.maximum(np.asarray(b_counts, float) / n_b, 1e-4)
    c = np.maximum(np.asarray(c_counts, float) / n_c, 1e-4)
    return float(np.sum((c - b) * np.log(c / b)))


def feature_psi(features: pd.DataFrame, cutoff: str) -> pd.DataFrame:
    t = features["event_time"]
    cut = pd.Timestamp(cutoff)
    base_df, cur_df = features[t < cut], features[t >= cut]
    rows = []
    for name in [c for c in features.columns if c != "event_time"]:
        known = base_df[name].dropna()
        edges = np.unique(np.quantile(known.to_numpy(), [k / 10 for k in range(1, 10)])) \
            if len(known) else np.array([])
        def counts(col):
            vals = col.to_numpy()
            nan = np.isnan(vals)
            idx = np.digitize(vals[~nan], edges, right=True)
            return list(np.bincount(idx, minlength=len(edges) + 1)) + [int(nan.sum())]
        if len(base_df) and len(cur_df):
            psi = _psi(counts(base_df[name]), counts(cur_df[name]), len(base_df), len(cur_df))
        else:
            psi = np.nan
        rows.append((name, len(edges) + 1, psi))
    rows.sort(key=lambda r: (0, -r[2], r[0]) if r[2] == r[2] else (1, 0, r[0]))
    return pd.DataFrame(rows, columns=["feature", "bins", "psi"]).astype({"psi": float})
