# verdict: Wrong Answer
# Reports the calendar date of the last order (normalize), dropping its time.
import pandas as pd


def customer_summary(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    stats = orders.groupby("customer_id").agg(
        order_count=("order_id", "size"),
        total_amount=("amount", "sum"),
        avg_amount=("amount", "mean"),
        last_order=("order_date", "max"),
    )
    out = customers[["customer_id", "name"]].merge(
        stats, left_on="customer_id", right_index=True, how="left")
    out["order_count"] = out["order_count"].fillna(0).astype("int64")
    out["total_amount"] = out["total_amount"].fillna(0.0).astype("float64")
    out["avg_amount"] = out["avg_amount"].astype("float64")
    out["last_order"] = pd.to_datetime(out["last_order"]).dt.normalize().astype("datetime64[ns]")
    return out.reset_index(drop=True)
