# verdict: Wrong Answer
# Melts with dropna first (dropping unrecorded cells), so a tag-month with nothing recorded has no row.
import pandas as pd


def tag_month_hours(items: pd.DataFrame) -> pd.DataFrame:
    months = sorted(c for c in items.columns if c not in ("item_id", "tags"))
    long = items.melt(id_vars=["item_id", "tags"], value_vars=months, var_name="month",
                      value_name="hours").dropna(subset=["hours"])
    long["tags"] = long["tags"].map(lambda t: sorted(set(t)) if t else ["(untagged)"])
    long = long.explode("tags").rename(columns={"tags": "tag"})
    out = long.groupby(["tag", "month"], as_index=False).agg(
        hours=("hours", "sum"), items=("hours", "count"))
    return out.sort_values(["tag", "month"]).reset_index(drop=True)
