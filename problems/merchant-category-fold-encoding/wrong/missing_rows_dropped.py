# verdict: Wrong Answer
# Drops the rows whose category is missing before encoding: they get no value at all, and
# they no longer count in the prior.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = train.dropna(subset=["merchant_category"])
    frame = pd.DataFrame({"cat": frame["merchant_category"], "fold": frame["fold"],
                          "y": frame["is_fraud"].astype("float64")})
    by_cat_fold = frame.groupby(["cat", "fold"])["y"]
    by_cat = frame.groupby("cat")["y"]
    by_fold = frame.groupby("fold")["y"]
    s = by_cat.transform("sum") - by_cat_fold.transform("sum")
    c = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = (frame["y"].sum() - by_fold.transform("sum")) / (len(frame) - by_fold.transform("count"))
    out = (s + m * prior) / (c + m)
    out = out.where(c + m > 0, prior)
    return out.rename("merchant_category_te")
