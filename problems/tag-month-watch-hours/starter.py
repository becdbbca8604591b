import pandas as pd


def tag_month_hours(items: pd.DataFrame) -> pd.DataFrame:
    # One row per (tag, month): tag, month, hours, items; sorted by tag, then month.
    raise NotImplementedError
