import pandas as pd


def weekly_activity(events: pd.DataFrame) -> pd.DataFrame:
    # Columns: week_start, active_users, events, user_change, cumulative_events.
    raise NotImplementedError
