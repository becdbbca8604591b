import pandas as pd


def signup_funnel(events: pd.DataFrame) -> pd.DataFrame:
    # Four rows (visit, signup, activate, purchase):
    # step, users, rate_from_previous, rate_from_start.
    raise NotImplementedError
