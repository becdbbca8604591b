# verdict: Wrong Answer
# Divides by the labels that survived the inner join, so labels of entities without any
# feature value drop out of the denominator.
import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    pairs = labels.merge(features, on="entity_id", how="inner")
    late = pairs[pairs["computed_at"] >= pairs["label_time"]]
    counts = late.groupby("feature")["label_id"].nunique()
    total = pairs["label_id"].nunique()
    out = pd.DataFrame({"feature": features["feature"].unique()})
    out["leaking_labels"] = out["feature"].map(counts).fillna(0).astype("int64")
    out["leak_share"] = out["leaking_labels"] / total if total else 0.0
    return out.sort_values(["leaking_labels", "feature"], ascending=[False, True]).reset_index(drop=True)
