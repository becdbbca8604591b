# verdict: Wrong Answer
# Takes "the latest value" per entity and feature with drop_duplicates(keep="last") on the
# unsorted log, which keeps the last row in file order, not the latest in time.
import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    latest = features.drop_duplicates(["entity_id", "feature"], keep="last")
    pairs = labels.merge(latest, on="entity_id")
    late = pairs[pairs["computed_at"] >= pairs["label_time"]]
    counts = late.groupby("feature")["label_id"].nunique()
    out = pd.DataFrame({"feature": features["feature"].unique()})
    out["leaking_labels"] = out["feature"].map(counts).fillna(0).astype("int64")
    out["leak_share"] = out["leaking_labels"] / len(labels) if len(labels) else 0.0
    return out.sort_values(["leaking_labels", "feature"], ascending=[False, True]).reset_index(drop=True)
