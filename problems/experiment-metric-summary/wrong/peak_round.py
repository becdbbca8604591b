# verdict: Wrong Answer
# Reports the peak rounded to a whole number.
import pandas as pd


def metric_summary(daily: pd.DataFrame, min_days: int) -> pd.DataFrame:
    long = daily.melt(id_vars=["experiment", "variant", "day"],
                      value_vars=["views", "clicks", "orders"],
                      var_name="metric", value_name="value").dropna(subset=["value"])
    stats = long.groupby(["experiment", "variant", "metric"], as_index=False).agg(
        days=("value", "size"), total=("value", "sum"),
        mean=("value", "mean"), peak=("value", "max"))
    stats["metric"] = stats["metric"].astype("object")
    stats["peak"] = stats["peak"].round()
    return stats[stats["days"] >= min_days].reset_index(drop=True)
