# verdict: Wrong Answer
# Orders the queues alphabetically instead of in the order of `classes`.
import pandas as pd


def locale_confusion(routed: pd.DataFrame, classes: list) -> pd.DataFrame:
    classes = sorted(classes)
    locales = sorted(routed["locale"].unique())
    idx = pd.MultiIndex.from_product([locales, classes], names=["locale", "queue"])

    def counts(frame, column):
        sizes = frame.groupby(["locale", column]).size()
        return sizes.rename_axis(["locale", "queue"]).reindex(idx, fill_value=0)

    hits = routed[routed["actual"] == routed["predicted"]]
    tp = counts(hits, "actual")
    actual = counts(routed, "actual")
    predicted = counts(routed, "predicted")
    size = routed.groupby("locale").size().reindex(idx.get_level_values("locale")).to_numpy()
    out = pd.DataFrame({"tp": tp, "fp": predicted - tp, "fn": actual - tp}, index=idx)
    out["tn"] = size - out["tp"] - out["fp"] - out["fn"]
    out = out.astype("int64")
    out["precision"] = out["tp"] / (out["tp"] + out["fp"])
    out["recall"] = out["tp"] / (out["tp"] + out["fn"])
    return out.reset_index()
