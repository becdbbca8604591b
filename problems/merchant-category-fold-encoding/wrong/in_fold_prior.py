# verdict: Wrong Answer
# Takes the prior from the row's own fold (the validation fold) instead of the other folds.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = pd.DataFrame({"cat": train["merchant_category"], "fold": train["fold"],
                          "y": train["is_fraud"].astype("float64")})
    by_cat_fold = frame.groupby(["cat", "fold"], dropna=False)["y"]
    by_cat = frame.groupby("cat", dropna=False)["y"]
    s = by_cat.transform("sum") - by_cat_fold.transform("sum")
    c = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = frame.groupby("fold")["y"].transform("mean")
    out = (s + m * prior) / (c + m)
    out = out.where(c + m > 0, prior)
    return out.astype("float64").rename("merchant_category_te")
