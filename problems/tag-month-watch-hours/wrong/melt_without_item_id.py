# verdict: Wrong Answer
# Explodes first, then melts with id_vars=["tags"] only: item_id is melted as if it were a month.
import pandas as pd


def tag_month_hours(items: pd.DataFrame) -> pd.DataFrame:
    tags = items.explode("tags")
    tags["tags"] = tags["tags"].fillna("(untagged)")
    tags = tags.drop_duplicates(["item_id", "tags"])
    long = tags.melt(id_vars=["tags"], var_name="month", value_name="hours")
    out = long.groupby(["tags", "month"], as_index=False).agg(
        hours=("hours", "sum"), items=("hours", "count"))
    return out.rename(columns={"tags": "tag"}).sort_values(["tag", "month"])
