import numpy as np
import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    latest = {}
    for e, f, t in zip(features["entity_id"].tolist(), features["feature"].tolist(),
                       features["computed_at"].to_numpy()):
        if np.isnat(t):
            latest.setdefault(e, {}).setdefault(f, None)
            continue
        per = latest.setdefault(e, {})
        if per.get(f) is None or t > per[f]:
            per[f] = t
    counts = {f: 0 for f in features["feature"].tolist()}
    for e, t in zip(labels["entity_id"].tolist(), labels["label_time"].to_numpy()):
        for f, last in latest.get(e, {}).items():
            if last is not None and last >= t:
                counts[f] += 1
    n = len(labels)
    order = sorted(counts, key=lambda f: (-counts[f], f))
    return pd.DataFrame({
        "feature": pd.Series(order, dtype=object),
        "leaking_labels": pd.Series([counts[f] for f in order], dtype="int64"),
        "leak_share": pd.Series([counts[f] / n if n else 0.0 for f in order], dtype="float64"),
    })
