# verdict: Wrong Answer
# Steps back to day 1 but keeps the time of day, so orders of one month land in many rows.
import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    ts = orders["ordered_at"]
    month = ts - pd.to_timedelta(ts.dt.day - 1, unit="D")
    grid = (orders.assign(month=month)
            .pivot_table(index="month", columns="region", values="amount", aggfunc="sum",
                         fill_value=0.0))
    return grid.sort_index().reset_index()
