import pandas as pd


def latest_profiles(updates: pd.DataFrame) -> pd.DataFrame:
    # One row per user_id: user_id, email, plan, updated_at from the latest change.
    raise NotImplementedError
