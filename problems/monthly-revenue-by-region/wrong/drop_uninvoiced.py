# verdict: Wrong Answer
# Drops orders without an amount first, losing months and regions that only had those.
import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    orders = orders.dropna(subset=["amount"])
    if orders.empty:
        return pd.DataFrame({"month": pd.Series([], dtype="datetime64[ns]")})
    month = orders["ordered_at"].dt.to_period("M").dt.start_time
    sums = orders.assign(month=month).groupby(["month", "region"])["amount"].sum()
    return sums.unstack("region", fill_value=0.0).sort_index().reset_index()
