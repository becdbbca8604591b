# verdict: Wrong Answer
# Right values, but fills the missing categories of the caller's table in place.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    train["merchant_category"] = train["merchant_category"].astype(object).where(
        train["merchant_category"].notna(), None)
    train.loc[train["merchant_category"].isna(), "merchant_category"] = "\0missing"
    y = train["is_fraud"].astype("float64")
    by_cat_fold = y.groupby([train["merchant_category"], train["fold"]])
    by_cat = y.groupby(train["merchant_category"])
    by_fold = y.groupby(train["fold"])
    s = by_cat.transform("sum") - by_cat_fold.transform("sum")
    c = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = (y.sum() - by_fold.transform("sum")) / (len(y) - by_fold.transform("count"))
    out = (s + m * prior) / (c + m)
    out = out.where(c + m > 0, prior)
    return out.astype("float64").rename("merchant_category_te")
