# verdict: Wrong Answer
# Right windows, but the rows come back sorted by device and time.
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    per_time = readings.groupby(["device_id", "ts"])["value"].agg(total="sum", n="count")
    per_time = per_time.reset_index("device_id")
    window = pd.Timedelta(minutes=window_minutes)
    rolled = per_time.groupby("device_id")[["total", "n"]].rolling(window, closed="both").sum()
    out = readings.join(rolled, on=["device_id", "ts"])
    out["window_count"] = out["n"].astype("int64")
    out["window_mean"] = out["total"] / out["n"].where(out["n"] > 0)
    out = out.drop(columns=["total", "n"])
    return out.sort_values(["device_id", "ts", "reading_id"]).reset_index(drop=True)
