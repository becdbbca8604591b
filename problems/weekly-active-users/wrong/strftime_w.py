# verdict: Wrong Answer
# Groups by the '%Y-%W' week label: the days of a week before 1 January belong to the old
# year's last week and the days after it to week 00 of the new year, so a week across a year
# end is split in two rows with the same Monday.
import pandas as pd


def weekly_activity(events: pd.DataFrame) -> pd.DataFrame:
    cols = ["week_start", "active_users", "events", "user_change", "cumulative_events"]
    if events.empty:
        return pd.DataFrame({c: pd.Series([], dtype="datetime64[ns]" if c == "week_start"
                                          else "int64") for c in cols})
    label = events["event_at"].dt.strftime("%Y-%W")
    weekly = events.assign(label=label).groupby("label").agg(
        active_users=("user_id", "nunique"), events=("user_id", "size")).reset_index()
    weekly["week_start"] = pd.to_datetime(weekly["label"] + "-1", format="%Y-%W-%w")
    weekly = weekly.sort_values("week_start", kind="mergesort")
    full = pd.DataFrame({"week_start": pd.date_range(weekly["week_start"].min(),
                                                     weekly["week_start"].max(), freq="7D")})
    out = full.merge(weekly.drop(columns="label"), on="week_start", how="left").fillna(0)
    out["active_users"] = out["active_users"].astype("int64")
    out["events"] = out["events"].astype("int64")
    out["user_change"] = out["active_users"].diff()
    out["cumulative_events"] = out["events"].cumsum()
    return out[cols]
