# verdict: Wrong Answer
# Keys weeks by (calendar year, ISO week): 30 December 2024 is ISO week 1 of 2025 but
# calendar year 2024, so it is counted with the first week of 2024 instead of its own.
import pandas as pd


def weekly_activity(events: pd.DataFrame) -> pd.DataFrame:
    cols = ["week_start", "active_users", "events", "user_change", "cumulative_events"]
    if events.empty:
        return pd.DataFrame({c: pd.Series([], dtype="datetime64[ns]" if c == "week_start"
                                          else "int64") for c in cols})
    iso = events["event_at"].dt.isocalendar()
    year = events["event_at"].dt.year
    monday = pd.to_datetime(year.astype(str) + "-W" + iso["week"].astype(str) + "-1",
                            format="%G-W%V-%u")
    weekly = events.assign(week_start=monday).groupby("week_start").agg(
        active_users=("user_id", "nunique"), events=("user_id", "size"))
    weekly = weekly.reindex(pd.date_range(weekly.index.min(), weekly.index.max(), freq="7D"),
                            fill_value=0)
    weekly.index.name = "week_start"
    weekly["user_change"] = weekly["active_users"].diff()
    weekly["cumulative_events"] = weekly["events"].cumsum()
    return weekly.reset_index()[cols]
