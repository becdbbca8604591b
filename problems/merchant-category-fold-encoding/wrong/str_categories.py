# verdict: Wrong Answer
# Casts the categories to str to make groupby keep the missing ones: None becomes 'None'
# and NaN becomes 'nan', which splits the missing category in two and merges it with the
# real categories 'None' and 'nan'.
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    frame = pd.DataFrame({"cat": train["merchant_category"].astype(str), "fold": train["fold"],
                          "y": train["is_fraud"].astype("float64")})
    by_cat_fold = frame.groupby(["cat", "fold"])["y"]
    by_cat = frame.groupby("cat")["y"]
    by_fold = frame.groupby("fold")["y"]
    s = by_cat.transform("sum") - by_cat_fold.transform("sum")
    c = by_cat.transform("count") - by_cat_fold.transform("count")
    prior = (frame["y"].sum() - by_fold.transform("sum")) / (len(frame) - by_fold.transform("count"))
    out = (s + m * prior) / (c + m)
    out = out.where(c + m > 0, prior)
    return out.astype("float64").rename("merchant_category_te")
