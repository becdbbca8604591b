import pandas as pd


def tag_month_hours(items):
    months = [c for c in items.columns if c not in ("item_id", "tags")]
    long = items.melt(id_vars=["item_id", "tags"], value_vars=months, var_name="month",
                      value_name="hours")
    long["tags"] = long["tags"].map(
        lambda t: list(dict.fromkeys(t)) if isinstance(t, list) and t else ["(untagged)"])
    long = long.explode("tags").rename(columns={"tags": "tag"})
    out = (long.groupby(["tag", "month"])["hours"]
           .agg(["sum", "count"]).reset_index()
           .rename(columns={"sum": "hours", "count": "items"}))
    return out.sort_values(["tag", "month"]).reset_index(drop=True)
