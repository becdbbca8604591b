import pandas as pd


def monthly_revenue(orders):
    if orders.empty:
        return pd.DataFrame({"month": pd.Series([], dtype="datetime64[ns]")})
    df = orders.assign(month=orders["ordered_at"].dt.to_period("M").dt.to_timestamp(),
                       amount=orders["amount"].fillna(0.0))
    out = df.pivot_table(index="month", columns="region", values="amount", aggfunc="sum",
                         fill_value=0.0, dropna=False)
    out.columns = [str(c) for c in out.columns]
    return out.sort_index().astype(float).reset_index()
