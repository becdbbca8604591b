# verdict: Wrong Answer
# Counts non-missing user_id values instead of distinct users.
import pandas as pd


def weekly_activity(events: pd.DataFrame) -> pd.DataFrame:
    week = events["event_at"].dt.to_period("W-SUN").dt.start_time
    weekly = events.assign(week_start=week).groupby("week_start").agg(
        active_users=("user_id", "count"), events=("user_id", "size"))
    if len(weekly):
        every_week = pd.date_range(weekly.index.min(), weekly.index.max(), freq="7D")
        weekly = weekly.reindex(every_week, fill_value=0)
    weekly.index.name = "week_start"
    weekly["user_change"] = weekly["active_users"].diff()
    weekly["cumulative_events"] = weekly["events"].cumsum()
    return weekly.reset_index()
