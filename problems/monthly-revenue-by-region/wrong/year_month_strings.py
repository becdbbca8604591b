# verdict: Wrong Answer
# Builds the month from dt.month and dt.year as a 'Y-M' string and sorts that string, so
# 2024-10 comes before 2024-2.
import pandas as pd


def monthly_revenue(orders):
    if orders.empty:
        return pd.DataFrame({"month": pd.Series([], dtype="datetime64[ns]")})
    key = orders["ordered_at"].dt.year.astype(str) + "-" + orders["ordered_at"].dt.month.astype(str)
    sums = orders.assign(key=key).groupby(["key", "region"])["amount"].sum().unstack(fill_value=0.0)
    sums = sums.reindex(columns=sorted(orders["region"].unique()), fill_value=0.0).astype(float)
    sums.columns = [str(c) for c in sums.columns]
    out = sums.reset_index()
    out.insert(0, "month", pd.to_datetime(out.pop("key") + "-01"))
    return out
