import pandas as pd


def weekly_activity(events: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        return pd.DataFrame({
            "week_start": pd.Series([], dtype="datetime64[ns]"),
            "active_users": pd.Series([], dtype="int64"),
            "events": pd.Series([], dtype="int64"),
            "user_change": pd.Series([], dtype="float64"),
            "cumulative_events": pd.Series([], dtype="int64"),
        })
    week = events["event_at"].dt.to_period("W-SUN").dt.start_time
    weekly = events.assign(week_start=week).groupby("week_start").agg(
        active_users=("user_id", "nunique"), events=("user_id", "size"))
    every_week = pd.date_range(weekly.index.min(), weekly.index.max(), freq="7D")
    weekly = weekly.reindex(every_week, fill_value=0).astype("int64")
    weekly.index.name = "week_start"
    weekly["user_change"] = weekly["active_users"].diff().astype("float64")
    weekly["cumulative_events"] = weekly["events"].cumsum()
    return weekly.reset_index()
