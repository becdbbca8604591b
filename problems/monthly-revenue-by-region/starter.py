import pandas as pd


def monthly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    # Columns: month, then one column per region; rows sorted by month.
    raise NotImplementedError
