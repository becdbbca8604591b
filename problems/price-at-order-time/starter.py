import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    # The orders in their input order, plus `price` and `price_since`.
    raise NotImplementedError
