# verdict: Wrong Answer
# Builds the report from value_counts of the late rows, so features that never leak vanish.
import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    pairs = labels.merge(features, on="entity_id")
    late = pairs[pairs["computed_at"] >= pairs["label_time"]]
    late = late.drop_duplicates(["label_id", "feature"])
    counts = late["feature"].value_counts()
    out = pd.DataFrame({"feature": counts.index.astype(object),
                        "leaking_labels": counts.to_numpy().astype("int64")})
    out["leak_share"] = out["leaking_labels"] / len(labels) if len(labels) else 0.0
    return out.sort_values(["leaking_labels", "feature"], ascending=[False, True]).reset_index(drop=True)
