import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    out = features[["feature"]].drop_duplicates()
    pairs = labels.merge(features, on="entity_id")
    late = pairs[pairs["computed_at"] >= pairs["label_time"]]
    counts = late.groupby("feature")["label_id"].nunique()
    out["leaking_labels"] = counts.reindex(out["feature"], fill_value=0).to_numpy()
    out["leak_share"] = out["leaking_labels"] / max(len(labels), 1)
    return out.sort_values(["leaking_labels", "feature"], ascending=[False, True])
