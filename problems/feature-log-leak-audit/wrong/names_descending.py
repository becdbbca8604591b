# verdict: Wrong Answer
# sort_values(..., ascending=False) flips the name tie-break too.
import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    pairs = labels.merge(features, on="entity_id")
    late = pairs[pairs["computed_at"] >= pairs["label_time"]]
    counts = late.groupby("feature")["label_id"].nunique()
    out = pd.DataFrame({"feature": features["feature"].unique()})
    out["leaking_labels"] = out["feature"].map(counts).fillna(0).astype("int64")
    out["leak_share"] = out["leaking_labels"] / len(labels) if len(labels) else 0.0
    return out.sort_values(["leaking_labels", "feature"], ascending=False).reset_index(drop=True)
