# verdict: Wrong Answer
# Applies the formula everywhere: with m = 0 a category absent from the other folds gives
# 0 / 0 = NaN instead of the prior.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = pd.DataFrame({"cat": train["merchant_category"], "fold": train["fold"],
                          "y": train["is_fraud"].astype("float64")})
    by_cat_fold = frame.groupby(["cat", "fold"], dropna=False)["y"]
    by_cat = frame.groupby("cat", dropna=False)["y"]
    by_fold = frame.groupby("fold")["y"]
    s = by_cat.transform("sum") - by_cat_fold.transform("sum")
    c = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = (frame["y"].sum() - by_fold.transform("sum")) / (len(frame) - by_fold.transform("count"))
    out = (s + m * prior) / (c + m)
    return out.astype("float64").rename("merchant_category_te")
