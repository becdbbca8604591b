# verdict: Wrong Answer
# Counts days with size() on the unfiltered long table, so lost values count as days
# (the mean itself skips NaN and is right).
import pandas as pd


def metric_summary(daily: pd.DataFrame, min_days: int) -> pd.DataFrame:
    long = daily.melt(id_vars=["experiment", "variant", "day"],
                      value_vars=["views", "clicks", "orders"],
                      var_name="metric", value_name="value")
    stats = long.groupby(["experiment", "variant", "metric"], as_index=False).agg(
        days=("value", "size"), total=("value", "sum"),
        mean=("value", "mean"), peak=("value", "max"))
    stats = stats[stats["days"] >= min_days]
    return stats[stats["total"].notna() & stats["peak"].notna()]
