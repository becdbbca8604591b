# verdict: Wrong Answer
# Groups by the customer's name, merging different customers who share a name.
import pandas as pd


def customer_summary(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    merged = customers.merge(orders, on="customer_id", how="left")
    out = merged.groupby("name", as_index=False).agg(
        customer_id=("customer_id", "first"),
        order_count=("order_id", "count"),
        total_amount=("amount", "sum"),
        avg_amount=("amount", "mean"),
        last_order=("order_date", "max"),
    )
    return out
