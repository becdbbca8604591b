# verdict: Wrong Answer
# groupby drops NaN keys by default, so rows with a missing category get NaN sums and end
# up with the prior instead of the missing rows' own rate.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = pd.DataFrame({"cat": train["merchant_category"], "fold": train["fold"],
                          "y": train["is_fraud"].astype("float64")})
    by_cat_fold = frame.groupby(["cat", "fold"])["y"]
    by_cat = frame.groupby("cat")["y"]
    by_fold = frame.groupby("fold")["y"]
    s = by_cat.transform("sum") - by_cat_fold.transform("sum")
    c = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = (frame["y"].sum() - by_fold.transform("sum")) / (len(frame) - by_fold.transform("count"))
    out = (s + m * prior) / (c + m)
    out = out.where(c + m > 0, prior).fillna(prior)
    return out.rename("merchant_category_te")
