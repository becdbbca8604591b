import pandas as pd


def sessionize(clicks: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    # Columns: user_id, session_number, started_at, ended_at, clicks, distinct_pages,
    # duration_minutes.
    raise NotImplementedError
