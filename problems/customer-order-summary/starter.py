import pandas as pd


def customer_summary(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    # One row per customer: customer_id, name, order_count, total_amount, avg_amount,
    # last_order.
    raise NotImplementedError
