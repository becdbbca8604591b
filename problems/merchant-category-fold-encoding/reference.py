import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = pd.DataFrame({"cat": train["merchant_category"], "fold": train["fold"],
                          "y": train["is_fraud"].astype("float64")})
    by_cat_fold = frame.groupby(["cat", "fold"], dropna=False)["y"]
    by_cat = frame.groupby("cat", dropna=False)["y"]
    by_fold = frame.groupby("fold")["y"]
    other_sum = by_cat.transform("sum") - by_cat_fold.transform("sum")
    other_count = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = ((frame["y"].sum() - by_fold.transform("sum"))
             / (len(frame) - by_fold.transform("count")))
    encoded = (other_sum + m * prior) / (other_count + m)
    encoded = encoded.where(other_count + m > 0, prior)
    return encoded.astype("float64").rename("merchant_category_te")
