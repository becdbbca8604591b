import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    # a missing category becomes (True, "") and a real one (False, text): two key columns
    keyed = pd.DataFrame({
        "missing": train["merchant_category"].isna(),
        "text": train["merchant_category"].fillna(""),
        "fold": train["fold"],
        "y": train["is_fraud"].astype("float64"),
    })
    keyed["row"] = train.index
    pieces = []
    for fold in sorted(keyed["fold"].unique(), reverse=True):
        inside = keyed[keyed["fold"] == fold]
        others = keyed[keyed["fold"] != fold]
        prior = others["y"].mean()
        stats = others.groupby(["missing", "text"], as_index=False).agg(
            s=("y", "sum"), c=("y", "count"))
        joined = inside.merge(stats, on=["missing", "text"], how="left")
        s = joined["s"].fillna(0.0)
        c = joined["c"].fillna(0.0)
        value = ((s + m * prior) / (c + m)).where(c + m > 0, prior)
        pieces.append(pd.Series(value.to_numpy(), index=joined["row"].to_numpy()))
    if not pieces:
        return pd.Series([], dtype="float64")
    return pd.concat(pieces)   # rows in fold order, each under its own label
