# verdict: Wrong Answer
# Leaves NaN where a region had no orders in a month instead of 0.0.
import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    if orders.empty:
        return pd.DataFrame({"month": pd.Series([], dtype="datetime64[ns]")})
    month = orders["ordered_at"].dt.to_period("M").dt.start_time
    sums = orders.assign(month=month).groupby(["month", "region"])["amount"].sum()
    return sums.unstack("region").sort_index().reset_index()
