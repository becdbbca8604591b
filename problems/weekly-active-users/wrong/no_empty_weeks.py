# verdict: Wrong Answer
# Lists only weeks that had events, so gaps vanish and user_change skips over them.
import pandas as pd


def weekly_activity(events: pd.DataFrame) -> pd.DataFrame:
    week = events["event_at"].dt.to_period("W-SUN").dt.start_time
    weekly = events.assign(week_start=week).groupby("week_start").agg(
        active_users=("user_id", "nunique"), events=("user_id", "size"))
    weekly["user_change"] = weekly["active_users"].diff()
    weekly["cumulative_events"] = weekly["events"].cumsum()
    return weekly.reset_index()
