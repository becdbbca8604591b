# verdict: Wrong Answer
# Sorts by fold to process one fold at a time, then resets the index: the values come back
# in fold order, labelled 0..n-1, so they sit on the wrong rows.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = train.sort_values("fold")
    cat = frame["merchant_category"].isna().map({True: "\0missing"}).fillna(frame["merchant_category"])
    y = frame["is_fraud"].astype("float64")
    pieces = []
    for fold in frame["fold"].unique():
        inside = (frame["fold"] == fold).to_numpy()
        prior = y[~inside].mean()
        stats = y[~inside].groupby(cat[~inside]).agg(["sum", "count"])
        s = cat[inside].map(stats["sum"]).fillna(0.0)
        c = cat[inside].map(stats["count"]).fillna(0.0)
        value = (s + m * prior) / (c + m)
        pieces.append(value.where(c + m > 0, prior))
    out = pd.concat(pieces) if pieces else pd.Series([], dtype="float64")
    return out.reset_index(drop=True).rename("merchant_category_te")
