# verdict: Wrong Answer
# Treats lost values as 0: they count as days and drag the mean down.
import pandas as pd


def metric_summary(daily: pd.DataFrame, min_days: int) -> pd.DataFrame:
    long = daily.melt(id_vars=["experiment", "variant", "day"],
                      value_vars=["views", "clicks", "orders"],
                      var_name="metric", value_name="value").fillna({"value": 0.0})
    stats = long.groupby(["experiment", "variant", "metric"], as_index=False).agg(
        days=("value", "size"), total=("value", "sum"),
        mean=("value", "mean"), peak=("value", "max"))
    return stats[stats["days"] >= min_days]
