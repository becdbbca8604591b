# verdict: Wrong Answer
# Fills missing amounts with 0 before averaging, so they drag the mean down.
import pandas as pd


def customer_summary(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    orders = orders.assign(amount=orders["amount"].fillna(0.0))
    stats = orders.groupby("customer_id").agg(
        order_count=("order_id", "size"),
        total_amount=("amount", "sum"),
        avg_amount=("amount", "mean"),
        last_order=("order_date", "max"),
    ).reset_index()
    out = customers.merge(stats, on="customer_id", how="left")
    out["order_count"] = out["order_count"].fillna(0)
    out["total_amount"] = out["total_amount"].fillna(0.0)
    return out
