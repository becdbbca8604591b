# verdict: Wrong Answer
# Counts orders with `count` on the amount column, which skips orders whose amount is NaN.
import pandas as pd


def customer_summary(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    stats = orders.groupby("customer_id").agg(
        order_count=("amount", "count"),
        total_amount=("amount", "sum"),
        avg_amount=("amount", "mean"),
        last_order=("order_date", "max"),
    ).reset_index()
    out = customers.merge(stats, on="customer_id", how="left")
    out["order_count"] = out["order_count"].fillna(0)
    out["total_amount"] = out["total_amount"].fillna(0.0)
    return out
