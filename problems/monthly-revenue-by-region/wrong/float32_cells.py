# verdict: Wrong Answer
# Stores the grid as float32.
import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    if orders.empty:
        return pd.DataFrame({"month": pd.Series([], dtype="datetime64[ns]")})
    month = orders["ordered_at"].dt.to_period("M").dt.start_time
    sums = orders.assign(month=month).groupby(["month", "region"])["amount"].sum()
    grid = sums.unstack("region", fill_value=0.0)
    grid = grid.reindex(columns=sorted(orders["region"].unique()), fill_value=0.0)
    grid = grid.sort_index().astype("float32")
    grid.columns = [str(c) for c in grid.columns]
    return grid.reset_index()
