import pandas as pd


def cohort_retention(users: pd.DataFrame, activity: pd.DataFrame,
                     max_months: int) -> pd.DataFrame:
    # Columns: cohort_month, months_since, cohort_size, active_users, retention.
    raise NotImplementedError
