import pandas as pd


def weekly_activity(events):
    cols = ["week_start", "active_users", "events", "user_change", "cumulative_events"]
    if len(events) == 0:
        return pd.DataFrame({c: pd.Series([], dtype="datetime64[ns]" if c == "week_start"
                                          else "float64" if c == "user_change" else "int64")
                             for c in cols})
    r = events.set_index("event_at").sort_index().resample("W-MON", label="left", closed="left")
    out = pd.DataFrame({"active_users": r["user_id"].nunique(), "events": r["user_id"].size()})
    out = out.fillna(0).astype("int64")
    out.index.name = "week_start"
    out = out.reset_index()
    out["user_change"] = out["active_users"].diff()
    out["cumulative_events"] = out["events"].cumsum()
    return out[cols]
