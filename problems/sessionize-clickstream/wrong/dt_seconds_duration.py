# verdict: Wrong Answer
# Takes the duration from .dt.seconds, which drops whole days, so a session lasting
# over a day loses 1440 minutes per day.
import pandas as pd


def sessionize(clicks: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    timed = clicks.dropna(subset=["clicked_at"])
    timed = timed.sort_values(["user_id", "clicked_at"], kind="mergesort")
    gap = timed.groupby("user_id")["clicked_at"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    timed = timed.assign(
        session_number=starts.astype("int64").groupby(timed["user_id"]).cumsum())
    out = timed.groupby(["user_id", "session_number"], as_index=False).agg(
        started_at=("clicked_at", "min"), ended_at=("clicked_at", "max"),
        clicks=("page", "size"), distinct_pages=("page", "nunique"))
    out["duration_minutes"] = ((out["ended_at"] - out["started_at"]).dt.seconds
                               / 60).astype("float64")
    for column in ("session_number", "clicks", "distinct_pages"):
        out[column] = out[column].astype("int64")
    for column in ("started_at", "ended_at"):
        out[column] = out[column].astype("datetime64[ns]")
    return out
