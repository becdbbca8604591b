# verdict: Wrong Answer
# explode turns an empty or missing list into NaN, and groupby drops the NaN tag (dropna=True).
import pandas as pd

UNTAGGED = "(untagged)"


def tag_month_hours(items: pd.DataFrame) -> pd.DataFrame:
    months = sorted(c for c in items.columns if c not in ("item_id", "tags"))
    tags = items[["item_id", "tags"]].explode("tags")
    tags = tags.drop_duplicates(["item_id", "tags"]).rename(columns={"tags": "tag"})
    long = items.melt(id_vars=["item_id"], value_vars=months, var_name="month",
                      value_name="hours")
    both = tags.merge(long, on="item_id", how="inner")
    out = both.groupby(["tag", "month"], as_index=False).agg(
        hours=("hours", "sum"), items=("hours", "count"))
    out = out.sort_values(["tag", "month"], kind="mergesort")
    out["hours"] = out["hours"].astype("float64")
    out["items"] = out["items"].astype("int64")
    return out[["tag", "month", "hours", "items"]].reset_index(drop=True)
