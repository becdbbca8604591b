# verdict: Wrong Answer
# Leaves out only the row itself (leave-one-out) instead of its whole fold.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    y = train["is_fraud"].astype("float64")
    by_cat = y.groupby(train["merchant_category"], dropna=False)
    s = by_cat.transform("sum") - y
    c = by_cat.transform("count") - 1
    prior = (y.sum() - y) / (len(y) - 1)
    out = (s + m * prior) / (c + m)
    out = out.where(c + m > 0, prior)
    return out.rename("merchant_category_te")
