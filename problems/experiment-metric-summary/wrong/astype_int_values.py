# verdict: Wrong Answer
# Casts the reported values to int64 before summing, truncating fractional values.
import pandas as pd


def metric_summary(daily: pd.DataFrame, min_days: int) -> pd.DataFrame:
    long = daily.melt(id_vars=["experiment", "variant", "day"],
                      value_vars=["views", "clicks", "orders"],
                      var_name="metric", value_name="value").dropna(subset=["value"])
    long["value"] = long["value"].astype("int64")
    stats = long.groupby(["experiment", "variant", "metric"], as_index=False).agg(
        days=("value", "size"), total=("value", "sum"),
        mean=("value", "mean"), peak=("value", "max"))
    stats["metric"] = stats["metric"].astype("object")
    return stats[stats["days"] >= min_days].reset_index(drop=True)
