# verdict: Wrong Answer
# Keeps all nine deciles, duplicates included (bins is then always 10).
import numpy as np
import pandas as pd

EPS = 1e-4
PROBS = np.arange(1, 10) / 10


def _shares(values, edges):
    missing = np.isnan(values)
    bins = np.searchsorted(edges, values[~missing], side="left")
    counts = np.bincount(bins, minlength=len(edges) + 1)
    counts = np.append(counts, missing.sum())
    return np.maximum(counts / len(values), EPS)


def feature_psi(features: pd.DataFrame, cutoff: str) -> pd.DataFrame:
    cut = pd.Timestamp(cutoff)
    when = features["event_time"]
    baseline = features[when < cut]
    current = features[when >= cut]
    rows = []
    for name in features.columns:
        if name == "event_time":
            continue
        base = baseline[name].to_numpy(dtype="float64")
        cur = current[name].to_numpy(dtype="float64")
        known = base[~np.isnan(base)]
        edges = np.sort(np.quantile(known, PROBS)) if len(known) else np.empty(0)
        if len(base) and len(cur):
            b, c = _shares(base, edges), _shares(cur, edges)
            psi = float(np.sum((c - b) * np.log(c / b)))
        else:
            psi = float("nan")
        rows.append((name, len(edges) + 1, psi))
    out = pd.DataFrame(rows, columns=["feature", "bins", "psi"])
    out = out.astype({"feature": "object", "bins": "int64", "psi": "float64"})
    out = out.sort_values(["psi", "feature"], ascending=[False, True])
    return out.reset_index(drop=True)
