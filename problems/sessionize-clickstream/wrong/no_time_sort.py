# verdict: Wrong Answer
# Computes gaps in the order the rows arrive instead of sorting each user's clicks by time.
import pandas as pd


def sessionize(clicks: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    timed = clicks.dropna(subset=["clicked_at"])
    gap = timed.groupby("user_id")["clicked_at"].diff()
    starts = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    timed = timed.assign(session_number=starts.astype(int).groupby(timed["user_id"]).cumsum())
    out = timed.groupby(["user_id", "session_number"], as_index=False).agg(
        started_at=("clicked_at", "min"), ended_at=("clicked_at", "max"),
        clicks=("page", "size"), distinct_pages=("page", "nunique"))
    out["duration_minutes"] = (out["ended_at"] - out["started_at"]).dt.total_seconds() / 60
    return out
