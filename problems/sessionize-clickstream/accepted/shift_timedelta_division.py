import numpy as np
import pandas as pd


def sessionize(clicks: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    df = clicks[clicks["clicked_at"].notna()].sort_values(["user_id", "clicked_at"])
    prev_user = df["user_id"].shift()
    prev_time = df["clicked_at"].shift()
    minutes_since = (df["clicked_at"] - prev_time) / np.timedelta64(1, "m")
    new = (df["user_id"] != prev_user) | (minutes_since > gap_minutes)
    df = df.assign(session_number=new.astype(int).groupby(df["user_id"]).cumsum())
    g = df.groupby(["user_id", "session_number"])
    out = pd.DataFrame({
        "started_at": g["clicked_at"].min(),
        "ended_at": g["clicked_at"].max(),
        "clicks": g.size(),
        "distinct_pages": g["page"].nunique(),
    }).reset_index()
    out["duration_minutes"] = (out["ended_at"] - out["started_at"]) / pd.Timedelta(minutes=1)
    return out.astype({"duration_minutes": "float64"})
