# verdict: Wrong Answer
# An inner merge drops the customers who never ordered.
import pandas as pd


def customer_summary(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    merged = customers.merge(orders, on="customer_id", how="inner")
    out = merged.groupby(["customer_id", "name"], as_index=False).agg(
        order_count=("order_id", "size"),
        total_amount=("amount", "sum"),
        avg_amount=("amount", "mean"),
        last_order=("order_date", "max"),
    )
    return out
