# verdict: Time Limit Exceeded
# Filters the whole feature log once per label: len(labels) full scans of the log.
import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    counts = {}
    ent = features["entity_id"]
    when = features["computed_at"]
    for e, t in zip(labels["entity_id"], labels["label_time"]):
        names = features.loc[(ent == e) & (when >= t), "feature"].unique()
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    out = pd.DataFrame({"feature": pd.Series(features["feature"].unique(), dtype=object)})
    out["leaking_labels"] = out["feature"].map(lambda f: counts.get(f, 0)).astype("int64")
    out["leak_share"] = out["leaking_labels"] / len(labels) if len(labels) else 0.0
    return out.sort_values(["leaking_labels", "feature"], ascending=[False, True]).reset_index(drop=True)
