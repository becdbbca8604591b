# verdict: Wrong Answer
# Encodes on the whole table: the row's own fold (and its own label) leak into its value.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    y = train["is_fraud"].astype("float64")
    prior = y.mean()
    by_cat = y.groupby(train["merchant_category"], dropna=False)
    s, c = by_cat.transform("sum"), by_cat.transform("count")
    out = (s + m * prior) / (c + m)
    return out.rename("merchant_category_te")
