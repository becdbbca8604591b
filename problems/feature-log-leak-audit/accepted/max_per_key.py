import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    # A label leaks f exactly when the latest logged value of f for its entity is at or
    # after the label time, so one row per (entity, feature) is enough.
    latest = features.groupby(["entity_id", "feature"], as_index=False)["computed_at"].max()
    pairs = labels.merge(latest, on="entity_id", how="left")
    leaking = pairs[pairs["computed_at"] >= pairs["label_time"]]
    counts = leaking["feature"].value_counts()
    names = sorted(features["feature"].unique())
    n = len(labels)
    rows = [(f, int(counts.get(f, 0)), (int(counts.get(f, 0)) / n) if n else 0.0) for f in names]
    rows.sort(key=lambda r: -r[1])   # stable: names stay ascending within a count
    return pd.DataFrame(rows, columns=["feature", "leaking_labels", "leak_share"]).astype(
        {"feature": object, "leaking_labels": "int64", "leak_share": "float64"})
